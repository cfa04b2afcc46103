<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/v1/users?limit=10&page=2', [
    'Accept' => 'application/json',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
