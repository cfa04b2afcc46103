<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/upload');
$request->getBody()->append('');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
