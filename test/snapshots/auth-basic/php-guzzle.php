<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/me', [
    'headers' => [
        'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
    ],
]);

echo $response->getBody();
