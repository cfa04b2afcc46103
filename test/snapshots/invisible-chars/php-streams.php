<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'X-Tab: a	b',
            'Content-Type: text/plain',
        ],
        'content' => "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\x01\x1F\x7Fdel\u{85}nel",
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/inv', false, $context);
echo $response;
