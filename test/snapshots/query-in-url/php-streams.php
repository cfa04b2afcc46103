<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2', false, $context);
echo $response;
