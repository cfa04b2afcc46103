<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('OPTIONS', '{{baseUrl}}/cors', [
    'headers' => [
        'Origin' => 'https://app.example.com',
        'Access-Control-Request-Method' => 'PUT',
    ],
]);

echo $response->getBody();
