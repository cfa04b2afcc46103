<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/login?next=/home&lang=en', [
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append(http_build_query([
    'user' => 'ann@example.com',
    'pass' => 'p@ss w0rd&',
]));

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
