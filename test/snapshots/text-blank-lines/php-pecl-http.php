<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/notes', [
    'Content-Type' => 'text/plain',
]);
$request->getBody()->append('	indented

  spaced  

');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
