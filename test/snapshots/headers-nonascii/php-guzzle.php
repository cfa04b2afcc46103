<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/i18n', [
    'headers' => [
        'X-Name' => 'Zoë ✓ 😀',
        'X-Latin' => 'café',
    ],
]);

echo $response->getBody();
