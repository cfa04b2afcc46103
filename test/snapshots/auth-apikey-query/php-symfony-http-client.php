<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('GET', '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');

echo $response->getContent();
