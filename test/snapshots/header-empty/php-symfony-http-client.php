<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/empty', [
    'headers' => [
        'X-Empty' => '',
        'X-After' => 'set',
    ],
]);

echo $response->getContent();
