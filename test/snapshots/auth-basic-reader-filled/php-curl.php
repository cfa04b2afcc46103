<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/me',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_USERPWD => '{{username}}:{{password}}',
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
