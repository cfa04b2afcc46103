<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/v1/users?limit=10&page=2', [
    'headers' => [
        'Accept' => 'application/json',
    ],
]);

echo $response->getContent();
