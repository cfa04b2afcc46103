<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PUT', '{{baseUrl}}/settings', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
        'X-Keep' => 'yes',
    ],
    'body' => '',
]);

echo $response->getBody();
