<?php
$context = stream_context_create([
    'http' => [
        'method' => 'PROPFIND',
        'header' => [
            'Depth: 1',
            'Content-Type: application/xml',
        ],
        'content' => '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/dav/', false, $context);
echo $response;
