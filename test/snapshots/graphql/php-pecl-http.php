<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/graphql', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
