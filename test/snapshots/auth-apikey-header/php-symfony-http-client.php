<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/reports', [
    'headers' => [
        'X-API-Key' => 'k3y$#{x}',
    ],
]);

echo $response->getContent();
