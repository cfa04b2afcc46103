<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{authPath}}/{{envID}}/as/token',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/x-www-form-urlencoded',
    ],
    CURLOPT_POSTFIELDS => http_build_query([
        'grant_type' => 'authorization_code',
        'code' => '{{authCode}}',
        'redirect_uri' => 'https://example.com',
        'scope' => 'openid',
        'client_id' => '{{dvPiFlowAppID}}',
        'code_verifier' => '{{code_verifier}}',
    ]),
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
