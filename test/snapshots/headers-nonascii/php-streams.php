<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'X-Name: Zoë ✓ 😀',
            'X-Latin: café',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/i18n', false, $context);
echo $response;
