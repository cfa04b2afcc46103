<?php
$context = stream_context_create([
    'http' => [
        'method' => 'OPTIONS',
        'header' => [
            'Origin: https://app.example.com',
            'Access-Control-Request-Method: PUT',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/cors', false, $context);
echo $response;
