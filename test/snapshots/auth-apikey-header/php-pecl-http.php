<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/reports', [
    'X-API-Key' => 'k3y$#{x}',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
