<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/me', [
    'auth' => ['{{username}}', '{{password}}'],
]);

echo $response->getBody();
