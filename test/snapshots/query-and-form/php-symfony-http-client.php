<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/login?next=/home&lang=en', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => [
        'user' => 'ann@example.com',
        'pass' => 'p@ss w0rd&',
    ],
]);

echo $response->getContent();
