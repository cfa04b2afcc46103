<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('POST', '{{authPath}}/{{envID}}/as/token', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => [
        'grant_type' => 'authorization_code',
        'code' => '{{authCode}}',
        'redirect_uri' => 'https://example.com',
        'scope' => 'openid',
        'client_id' => '{{dvPiFlowAppID}}',
        'code_verifier' => '{{code_verifier}}',
    ],
]);

echo $response->getContent();
