<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/notes', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => "line one\r\nline two\r\n",
]);

echo $response->getBody();
