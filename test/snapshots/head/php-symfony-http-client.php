<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('HEAD', '{{baseUrl}}/status', [
    'headers' => [
        'X-Check' => 'yes',
    ],
]);

echo $response->getContent();
