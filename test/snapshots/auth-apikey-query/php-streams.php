<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc', false, $context);
echo $response;
