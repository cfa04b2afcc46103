<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PATCH',
        'header' => [
            'If-Match: W/"etag-1"',
            'X-Request-Id: {{requestId}}',
            'Content-Type: application/json',
        ],
        'content' => '{"name": "{{newName}}", "active": true}',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/v1/users/{{userId}}', false, $context);
echo $response;
