<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/tags', [
    'headers' => [
        'X-Tag' => ['alpha', 'beta', 'gamma'],
        'Accept' => 'text/plain',
    ],
]);

echo $response->getContent();
