<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/objects', [
    'multipart' => [
        [
            'name' => '__proto__',
            'contents' => 'f1',
        ],
        [
            'name' => 'constructor',
            'contents' => 'f2',
        ],
        [
            'name' => 'prototype',
            'contents' => 'f3',
        ],
        [
            'name' => 'toString',
            'contents' => 'f4',
        ],
    ],
]);

echo $response->getBody();
