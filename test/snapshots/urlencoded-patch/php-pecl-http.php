<?php
$request = new http\Client\Request('PATCH', '{{baseUrl}}/settings', [
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append('theme=dark%20mode&tag=a%26b&tag=c');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
