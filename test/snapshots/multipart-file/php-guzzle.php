<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'multipart' => [
        [
            'name' => 'description',
            'contents' => 'A text file',
        ],
        [
            'name' => 'document',
            'contents' => fopen('upload.txt', 'r'),
            'filename' => 'upload.txt',
            'headers' => ['Content-Type' => 'text/plain'],
        ],
        [
            'name' => 'after',
            'contents' => 'file',
        ],
    ],
]);

echo $response->getBody();
