<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
