<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/pets', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"name": "{{petName}}", "tag": "dog"}');
$request->setOptions([
    'httpauth' => '{{basicAuthUsername}}:{{basicAuthPassword}}',
    'httpauthtype' => http\Client\Curl\AUTH_BASIC,
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
