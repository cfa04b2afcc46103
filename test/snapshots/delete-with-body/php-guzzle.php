<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('DELETE', '{{baseUrl}}/items', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"ids": [1, 2, 3]}',
]);

echo $response->getBody();
