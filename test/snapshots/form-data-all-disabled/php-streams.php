<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            // the wrapper writes no Content-Length for an empty content
            'Content-Length: 0',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/upload', false, $context);
echo $response;
