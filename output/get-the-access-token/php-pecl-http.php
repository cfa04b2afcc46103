<?php
$request = new http\Client\Request('POST', '{{authPath}}/{{envID}}/as/token', [
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append(http_build_query([
    'grant_type' => 'authorization_code',
    'code' => '{{authCode}}',
    'redirect_uri' => 'https://example.com',
    'scope' => 'openid',
    'client_id' => '{{dvPiFlowAppID}}',
    'code_verifier' => '{{code_verifier}}',
]));

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
