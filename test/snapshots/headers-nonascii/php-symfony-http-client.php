<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/i18n', [
    'headers' => [
        'X-Name' => 'Zoë ✓ 😀',
        'X-Latin' => 'café',
    ],
]);

echo $response->getContent();
