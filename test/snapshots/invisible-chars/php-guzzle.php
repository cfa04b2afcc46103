<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/inv', [
    'headers' => [
        'X-Tab' => 'a	b',
        'Content-Type' => 'text/plain',
    ],
    'body' => "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\x01\x1F\x7Fdel\u{85}nel",
]);

echo $response->getBody();
