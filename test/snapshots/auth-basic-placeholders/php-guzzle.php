<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/pets', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'auth' => ['{{basicAuthUsername}}', '{{basicAuthPassword}}'],
    'body' => '{"name": "{{petName}}", "tag": "dog"}',
]);

echo $response->getBody();
