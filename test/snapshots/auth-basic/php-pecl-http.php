<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/me', [
    'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
