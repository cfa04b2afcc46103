<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/empty', [
    'headers' => [
        'X-Empty' => '',
        'X-After' => 'set',
    ],
]);

echo $response->getBody();
