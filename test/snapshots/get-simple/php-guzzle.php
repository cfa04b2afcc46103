<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/v1/users?limit=10&page=2', [
    'headers' => [
        'Accept' => 'application/json',
    ],
]);

echo $response->getBody();
