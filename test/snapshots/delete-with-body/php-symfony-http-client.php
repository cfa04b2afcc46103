<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('DELETE', '{{baseUrl}}/items', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"ids": [1, 2, 3]}',
]);

echo $response->getContent();
