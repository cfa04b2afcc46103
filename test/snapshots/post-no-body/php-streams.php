<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/jobs/42/run', false, $context);
echo $response;
