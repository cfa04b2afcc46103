<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PUT',
        'header' => [
            'Content-Type: application/json',
        ],
        'content' => '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/v1/config', false, $context);
echo $response;
