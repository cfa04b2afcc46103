<?php
$boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
$parts = [
    // [name, file name or null, content type or null, content]
    ['__proto__', null, null, 'f1'],
    ['constructor', null, null, 'f2'],
    ['prototype', null, null, 'f3'],
    ['toString', null, null, 'f4'],
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

$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: multipart/form-data; boundary=' . $boundary,
        ],
        'content' => $body,
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/objects', false, $context);
echo $response;
