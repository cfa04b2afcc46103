<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('PURGE', '{{baseUrl}}/cache/key');

echo $response->getContent();
