<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\Mime\Part\Multipart\FormDataPart;

$formData = new FormDataPart([
    '__proto__' => 'f1',
    'constructor' => 'f2',
    'prototype' => 'f3',
    'toString' => 'f4',
]);

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/objects', [
    'headers' => $formData->getPreparedHeaders()->toArray(),
    'body' => $formData->bodyToIterable(),
]);

echo $response->getContent();
