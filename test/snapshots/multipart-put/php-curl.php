<?php
$boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
$parts = [
    // [name, file name or null, content type or null, content]
    ['name', null, null, 'Ada'],
    ['tag', null, null, 'a'],
    ['tag', null, null, 'b'],
    ['avatar', 'upload.txt', 'text/plain', file_get_contents('upload.txt')],
];
$body = '';
foreach ($parts as [$name, $fileName, $contentType, $content]) {
    $body .= '--' . $boundary . "\r\n" . 'Content-Disposition: form-data; name="' . $name . '"';
    if ($fileName !== null) {
        $body .= '; filename="' . $fileName . '"';
    }
    if ($contentType !== null) {
        $body .= "\r\nContent-Type: " . $contentType;
    }
    $body .= "\r\n\r\n" . $content . "\r\n";
}
$body .= '--' . $boundary . "--\r\n";

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/profile',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PUT',
    CURLOPT_HTTPHEADER => [
        'X-Request-Id: 42',
        'Content-Type: multipart/form-data; boundary=' . $boundary,
    ],
    CURLOPT_POSTFIELDS => $body,
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
