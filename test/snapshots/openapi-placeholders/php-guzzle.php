<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10', [
    'headers' => [
        'X-API-Key' => '{{api_key}}',
        'Cookie' => 'session={{session_id}}; api_key={{api_key}}',
        'X-Note' => '"; rm -rf ~; "',
        'Authorization' => 'Bearer {{bearerAuth}}',
    ],
]);

echo $response->getBody();
