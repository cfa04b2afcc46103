<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10', [
    'X-API-Key' => '{{api_key}}',
    'Cookie' => 'session={{session_id}}; api_key={{api_key}}',
    'X-Note' => '"; rm -rf ~; "',
    'Authorization' => 'Bearer {{bearerAuth}}',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
