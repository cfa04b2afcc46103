<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: application/x-www-form-urlencoded',
        ],
        'content' => http_build_query([
            'user' => 'ann@example.com',
            'pass' => 'p@ss w0rd&',
        ]),
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/login?next=/home&lang=en', false, $context);
echo $response;
