<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/notes', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
]);

echo $response->getBody();
