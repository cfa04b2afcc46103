<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/search', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"query": {"match_all": {}}}');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
