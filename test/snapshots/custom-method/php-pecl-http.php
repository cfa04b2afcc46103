<?php
$request = new http\Client\Request('PURGE', '{{baseUrl}}/cache/key');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
