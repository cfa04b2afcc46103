<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/me', [
    'auth_basic' => ['{{username}}', '{{password}}'],
]);

echo $response->getContent();
