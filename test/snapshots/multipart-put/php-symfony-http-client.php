<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\Mime\Part\DataPart;
use Symfony\Component\Mime\Part\Multipart\FormDataPart;

$formData = new FormDataPart([
    ['name' => 'Ada'],
    ['tag' => 'a'],
    ['tag' => 'b'],
    ['avatar' => DataPart::fromPath('upload.txt', 'upload.txt', 'text/plain')],
]);

$client = HttpClient::create();
$response = $client->request('PUT', '{{baseUrl}}/profile', [
    'headers' => array_merge([
        'X-Request-Id' => '42',
    ], $formData->getPreparedHeaders()->toArray()),
    'body' => $formData->bodyToIterable(),
]);

echo $response->getContent();
