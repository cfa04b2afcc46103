<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('PURGE', '{{baseUrl}}/cache/key');

echo $response->getBody();
