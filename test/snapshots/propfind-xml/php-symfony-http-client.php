<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create();
$response = $client->request('PROPFIND', '{{baseUrl}}/dav/', [
    'headers' => [
        'Depth' => '1',
        'Content-Type' => 'application/xml',
    ],
    'body' => '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
',
]);

echo $response->getContent();
