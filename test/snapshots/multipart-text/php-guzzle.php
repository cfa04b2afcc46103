<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'multipart' => [
        [
            'name' => 'title',
            'contents' => 'Hello',
        ],
        [
            'name' => 'bio',
            'contents' => "line 1\nline 2\r\nline 3",
        ],
        [
            'name' => 'name',
            'contents' => 'Zoë 😀',
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
            'name' => 'meta',
            'contents' => '{"k":"v"}',
            'headers' => ['Content-Type' => 'application/json'],
        ],
        [
            'name' => 'danger',
            'contents' => '"; $(id) #{x} \\(y) \'',
        ],
    ],
]);

echo $response->getBody();
