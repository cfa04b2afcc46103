<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('GET', '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');

echo $response->getBody();
