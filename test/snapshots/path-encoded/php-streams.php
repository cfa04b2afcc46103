<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/', false, $context);
echo $response;
