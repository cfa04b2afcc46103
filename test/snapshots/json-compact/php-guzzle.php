<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PUT', '{{baseUrl}}/v1/config', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}',
]);

echo $response->getBody();
