<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/me',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Authorization: Basic YW5uOnBAc3M6d8O2cmQ=',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
