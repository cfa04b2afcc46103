<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/empty', [
    'X-After' => 'set',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
