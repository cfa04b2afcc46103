<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/objects');
$request->getBody()->addForm([
    '__proto__' => 'f1',
    'constructor' => 'f2',
    'prototype' => 'f3',
    'toString' => 'f4',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
