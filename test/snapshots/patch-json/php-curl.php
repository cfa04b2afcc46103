<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/v1/users/{{userId}}',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PATCH',
    CURLOPT_HTTPHEADER => [
        'If-Match: W/"etag-1"',
        'X-Request-Id: {{requestId}}',
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => '{"name": "{{newName}}", "active": true}',
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
