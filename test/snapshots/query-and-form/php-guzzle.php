<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/login?next=/home&lang=en', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'form_params' => [
        'user' => 'ann@example.com',
        'pass' => 'p@ss w0rd&',
    ],
]);

echo $response->getBody();
