<?php
$context = stream_context_create([
    'http' => [
        'method' => 'DELETE',
        'header' => [
            'Content-Type: application/json',
        ],
        'content' => '{"ids": [1, 2, 3]}',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/items', false, $context);
echo $response;
