<?php
$request = new http\Client\Request('HEAD', '{{baseUrl}}/status', [
    'X-Check' => 'yes',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
