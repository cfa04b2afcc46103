<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('PATCH', '{{baseUrl}}/v1/users/{{userId}}', [
    'headers' => [
        'If-Match' => 'W/"etag-1"',
        'X-Request-Id' => '{{requestId}}',
        'Content-Type' => 'application/json',
    ],
    'body' => '{"name": "{{newName}}", "active": true}',
]);

echo $response->getContent();
