<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/tags', [
    'X-Tag' => 'alpha, beta, gamma',
    'Accept' => 'text/plain',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
