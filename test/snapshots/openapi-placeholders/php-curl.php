<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'X-API-Key: {{api_key}}',
        'Cookie: session={{session_id}}; api_key={{api_key}}',
        'X-Note: "; rm -rf ~; "',
        'Authorization: Bearer {{bearerAuth}}',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
