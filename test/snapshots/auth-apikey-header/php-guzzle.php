<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/reports', [
    'headers' => [
        'X-API-Key' => 'k3y$#{x}',
    ],
]);

echo $response->getBody();
