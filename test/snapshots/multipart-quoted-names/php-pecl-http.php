<?php
$boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
$parts = [
    // [name, file name or null, content type or null, content]
    ['say %22hi%22', null, null, 'one'],
    ['a\\b%22c%22', null, null, 'two'],
    ['doc %22main%22', 'upload.txt', 'text/plain', file_get_contents('upload.txt')],
    ['quoted file', 'q%22uote.txt', 'application/octet-stream', file_get_contents('q"uote.txt')],
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

$request = new http\Client\Request('POST', '{{baseUrl}}/upload', [
    'Content-Type' => 'multipart/form-data; boundary=' . $boundary,
]);
$request->getBody()->append($body);

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
