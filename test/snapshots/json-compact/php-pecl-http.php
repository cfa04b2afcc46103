<?php
$request = new http\Client\Request('PUT', '{{baseUrl}}/v1/config', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
