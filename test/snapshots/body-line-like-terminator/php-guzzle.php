<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
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

echo $response->getBody();
