<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PUT', '{{baseUrl}}/profile', [
    'headers' => [
        'X-Request-Id' => '42',
    ],
    'multipart' => [
        [
            'name' => 'name',
            'contents' => 'Ada',
        ],
        [
            'name' => 'tag',
            'contents' => 'a',
        ],
        [
            'name' => 'tag',
            'contents' => 'b',
        ],
        [
            'name' => 'avatar',
            'contents' => fopen('upload.txt', 'r'),
            'filename' => 'upload.txt',
            'headers' => ['Content-Type' => 'text/plain'],
        ],
    ],
]);

echo $response->getBody();
