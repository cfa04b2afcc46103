<?php
$request = new http\Client\Request('PROPFIND', '{{baseUrl}}/dav/', [
    'Depth' => '1',
    'Content-Type' => 'application/xml',
]);
$request->getBody()->append('<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
