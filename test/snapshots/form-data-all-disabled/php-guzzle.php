<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'body' => '',
]);

echo $response->getBody();
