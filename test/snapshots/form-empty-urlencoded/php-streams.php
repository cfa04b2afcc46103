<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PUT',
        'header' => [
            'Content-Type: application/x-www-form-urlencoded',
            'X-Keep: yes',
            // the wrapper writes no Content-Length for an empty content
            'Content-Length: 0',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/settings', false, $context);
echo $response;
