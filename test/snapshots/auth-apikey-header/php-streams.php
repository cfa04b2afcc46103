<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'X-API-Key: k3y$#{x}',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/reports', false, $context);
echo $response;
