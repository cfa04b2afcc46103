<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/soap', [
    'SOAPAction' => '"urn:Add"',
    'Content-Type' => 'application/xml',
]);
$request->getBody()->append('<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>');

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
