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

$context = stream_context_create([
    'http' => [
        'method' => 'PUT',
        'header' => [
            'X-Request-Id: 42',
            'Content-Type: multipart/form-data; boundary=' . $boundary,
        ],
        'content' => $body,
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/profile', false, $context);
echo $response;
