<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/me',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
