<?php
$request = new http\Client\Request('OPTIONS', '{{baseUrl}}/cors', [
    'Origin' => 'https://app.example.com',
    'Access-Control-Request-Method' => 'PUT',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
