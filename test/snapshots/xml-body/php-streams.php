<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'SOAPAction: "urn:Add"',
            'Content-Type: application/xml',
        ],
        'content' => '<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/soap', false, $context);
echo $response;
