<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: application/json',
            'Authorization: Basic ' . base64_encode('{{basicAuthUsername}}:{{basicAuthPassword}}'),
        ],
        'content' => '{"name": "{{petName}}", "tag": "dog"}',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/pets', false, $context);
echo $response;
