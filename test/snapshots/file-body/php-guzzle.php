<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PUT', '{{baseUrl}}/blobs/upload.txt', [
    'headers' => [
        'Content-Type' => 'application/octet-stream',
    ],
    'body' => fopen('upload.txt', 'r'),
]);

echo $response->getBody();
