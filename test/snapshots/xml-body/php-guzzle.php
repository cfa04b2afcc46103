<?php
require 'vendor/autoload.php';

$client = new GuzzleHttp\Client();
$response = $client->request('POST', '{{baseUrl}}/soap', [
    'headers' => [
        'SOAPAction' => '"urn:Add"',
        'Content-Type' => 'application/xml',
    ],
    'body' => '<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>',
]);

echo $response->getBody();
