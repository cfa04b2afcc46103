<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/me', [
    'Authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
