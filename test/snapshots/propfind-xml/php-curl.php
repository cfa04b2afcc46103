<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/dav/',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PROPFIND',
    CURLOPT_HTTPHEADER => [
        'Depth: 1',
        'Content-Type: application/xml',
    ],
    CURLOPT_POSTFIELDS => '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
',
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
