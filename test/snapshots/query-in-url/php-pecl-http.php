<?php
$request = new http\Client\Request('GET', '{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
