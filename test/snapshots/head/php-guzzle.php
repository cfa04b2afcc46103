<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('HEAD', '{{baseUrl}}/status', [
    'headers' => [
        'X-Check' => 'yes',
    ],
]);

echo $response->getBody();
