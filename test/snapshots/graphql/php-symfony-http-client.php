<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/graphql', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}',
]);

echo $response->getContent();
