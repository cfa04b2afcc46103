<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/me', [
    'headers' => [
        'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
    ],
]);

echo $response->getContent();
