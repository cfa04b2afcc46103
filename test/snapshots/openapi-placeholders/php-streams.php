<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'X-API-Key: {{api_key}}',
            'Cookie: session={{session_id}}; api_key={{api_key}}',
            'X-Note: "; rm -rf ~; "',
            'Authorization: Bearer {{bearerAuth}}',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10', false, $context);
echo $response;
