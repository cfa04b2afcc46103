<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: text/plain',
        ],
        'content' => '

BODYBODY
  BODY2 indented
EOF
',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/notes', false, $context);
echo $response;
