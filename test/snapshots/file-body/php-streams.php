<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PUT',
        'header' => [
            'Content-Type: application/octet-stream',
        ],
        'content' => file_get_contents('upload.txt'),
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/blobs/upload.txt', false, $context);
echo $response;
