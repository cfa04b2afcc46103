<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/search', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"query": {"match_all": {}}}',
]);

echo $response->getContent();
