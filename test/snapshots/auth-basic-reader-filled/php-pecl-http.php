<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/me');
$request->setOptions([
    'httpauth' => '{{username}}:{{password}}',
    'httpauthtype' => http\Client\Curl\AUTH_BASIC,
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
