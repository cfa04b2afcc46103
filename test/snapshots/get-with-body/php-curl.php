<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/search',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => '{"query": {"match_all": {}}}',
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
