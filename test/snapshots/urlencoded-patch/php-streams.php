<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PATCH',
        'header' => [
            'Content-Type: application/x-www-form-urlencoded',
        ],
        'content' => 'theme=dark%20mode&tag=a%26b&tag=c',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/settings', false, $context);
echo $response;
