<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            '__proto__: h1',
            'constructor: h2',
            'prototype: h3',
            'toString: h4',
            'Content-Type: application/x-www-form-urlencoded',
        ],
        'content' => http_build_query([
            '__proto__' => 'f1',
            'constructor' => 'f2',
            'prototype' => 'f3',
            'valueOf' => 'f4',
        ]),
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4', false, $context);
echo $response;
