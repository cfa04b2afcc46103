<?php
$request = new http\Client\Request('DELETE', '{{baseUrl}}/items', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"ids": [1, 2, 3]}');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
