<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'X-Tag: alpha',
            'Accept: text/plain',
            'X-Tag: beta',
            'X-Tag: gamma',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/tags', false, $context);
echo $response;
