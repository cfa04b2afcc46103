<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('PUT', '{{baseUrl}}/blobs/upload.txt', [
    'headers' => [
        'Content-Type' => 'application/octet-stream',
    ],
    'body' => file_get_contents('upload.txt'),
]);

echo $response->getContent();
