<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/jobs/42/run');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
