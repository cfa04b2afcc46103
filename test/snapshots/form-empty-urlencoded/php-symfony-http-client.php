<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('PUT', '{{baseUrl}}/settings', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
        'X-Keep' => 'yes',
        // curl writes no Content-Length for an empty body unless it is a POST
        'Content-Length' => '0',
    ],
    'body' => '',
]);

echo $response->getContent();
