<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/search', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"query": {"match_all": {}}}',
]);

echo $response->getBody();
