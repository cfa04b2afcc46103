<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4', [
    '__proto__' => 'h1',
    'constructor' => 'h2',
    'prototype' => 'h3',
    'toString' => 'h4',
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append(http_build_query([
    '__proto__' => 'f1',
    'constructor' => 'f2',
    'prototype' => 'f3',
    'valueOf' => 'f4',
]));

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
