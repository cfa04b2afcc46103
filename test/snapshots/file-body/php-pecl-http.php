<?php
$request = new http\Client\Request('PUT', '{{baseUrl}}/blobs/upload.txt', [
    'Content-Type' => 'application/octet-stream',
]);
$request->setBody(new http\Message\Body(fopen('upload.txt', 'r')));

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
