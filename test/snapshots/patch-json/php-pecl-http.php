<?php
$request = new http\Client\Request('PATCH', '{{baseUrl}}/v1/users/{{userId}}', [
    'If-Match' => 'W/"etag-1"',
    'X-Request-Id' => '{{requestId}}',
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"name": "{{newName}}", "active": true}');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
