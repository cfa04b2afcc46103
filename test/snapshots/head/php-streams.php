<?php
$context = stream_context_create([
    'http' => [
        'method' => 'HEAD',
        'header' => [
            'X-Check: yes',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/status', false, $context);
echo $response;
