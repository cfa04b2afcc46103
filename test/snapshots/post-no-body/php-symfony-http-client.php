<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/jobs/42/run');

echo $response->getContent();
