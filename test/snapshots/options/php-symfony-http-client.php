<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('OPTIONS', '{{baseUrl}}/cors', [
    'headers' => [
        'Origin' => 'https://app.example.com',
        'Access-Control-Request-Method' => 'PUT',
    ],
]);

echo $response->getContent();
