<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/notes', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
]);

echo $response->getContent();
