<?php
$boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
$parts = [
    // [name, file name or null, content type or null, content]
    ['title', null, null, 'Hello'],
    ['bio', null, null, "line 1\nline 2\r\nline 3"],
    ['name', null, null, 'Zoë 😀'],
    ['tag', null, null, 'a'],
    ['tag', null, null, 'b'],
    ['meta', null, 'application/json', '{"k":"v"}'],
    ['danger', null, null, '"; $(id) #{x} \\(y) \''],
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
    CURLOPT_URL => '{{baseUrl}}/upload',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
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
