<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/i18n', [
    'X-Name' => 'Zoë ✓ 😀',
    'X-Latin' => 'café',
]);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
