<?php
$request = new http\Client\Request('PUT', '{{baseUrl}}/settings', [
    'Content-Type' => 'application/x-www-form-urlencoded',
    'X-Keep' => 'yes',
]);
$request->getBody()->append('');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
