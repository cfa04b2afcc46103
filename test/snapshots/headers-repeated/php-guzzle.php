<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/tags', [
    'headers' => [
        'X-Tag' => ['alpha', 'beta', 'gamma'],
        'Accept' => 'text/plain',
    ],
]);

echo $response->getBody();
