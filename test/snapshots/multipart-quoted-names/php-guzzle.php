<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'multipart' => [
        [
            'name' => 'say %22hi%22',
            'contents' => 'one',
        ],
        [
            'name' => 'a\\b%22c%22',
            'contents' => 'two',
        ],
        [
            'name' => 'doc %22main%22',
            'contents' => fopen('upload.txt', 'r'),
            'filename' => 'upload.txt',
            'headers' => ['Content-Type' => 'text/plain'],
        ],
        [
            'name' => 'quoted file',
            'contents' => fopen('q"uote.txt', 'r'),
            'filename' => 'q%22uote.txt',
        ],
    ],
]);

echo $response->getBody();
