<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PATCH', '{{baseUrl}}/settings', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => 'theme=dark%20mode&tag=a%26b&tag=c',
]);

echo $response->getBody();
