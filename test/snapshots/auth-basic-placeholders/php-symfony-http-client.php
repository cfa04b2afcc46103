<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/pets', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'auth_basic' => ['{{basicAuthUsername}}', '{{basicAuthPassword}}'],
    'body' => '{"name": "{{petName}}", "tag": "dog"}',
]);

echo $response->getContent();
