<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4', [
    'headers' => [
        '__proto__' => 'h1',
        'constructor' => 'h2',
        'prototype' => 'h3',
        'toString' => 'h4',
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'form_params' => [
        '__proto__' => 'f1',
        'constructor' => 'f2',
        'prototype' => 'f3',
        'valueOf' => 'f4',
    ],
]);

echo $response->getBody();
