<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/settings',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PUT',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/x-www-form-urlencoded',
        'X-Keep: yes',
    ],
    CURLOPT_POSTFIELDS => '',
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
