<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/inv', [
    'X-Tab' => 'a	b',
    'Content-Type' => 'text/plain',
]);
$request->getBody()->append("tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\x01\x1F\x7Fdel\u{85}nel");

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
