<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/notes', [
    'headers' => [
        'Content-Type' => 'text/plain',
    ],
    'body' => '

BODYBODY
  BODY2 indented
EOF
',
]);

echo $response->getContent();
