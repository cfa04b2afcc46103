<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: application/x-www-form-urlencoded',
        ],
        'content' => http_build_query([
            'grant_type' => 'authorization_code',
            'code' => '{{authCode}}',
            'redirect_uri' => 'https://example.com',
            'scope' => 'openid',
            'client_id' => '{{dvPiFlowAppID}}',
            'code_verifier' => '{{code_verifier}}',
        ]),
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{authPath}}/{{envID}}/as/token', false, $context);
echo $response;
