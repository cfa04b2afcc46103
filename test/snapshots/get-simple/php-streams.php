<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'Accept: application/json',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/v1/users?limit=10&page=2', false, $context);
echo $response;
