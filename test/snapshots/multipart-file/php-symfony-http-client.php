<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\Mime\Part\DataPart;
use Symfony\Component\Mime\Part\Multipart\FormDataPart;

$formData = new FormDataPart([
    'description' => 'A text file',
    'document' => DataPart::fromPath('upload.txt', 'upload.txt', 'text/plain'),
    'after' => 'file',
]);

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'headers' => $formData->getPreparedHeaders()->toArray(),
    'body' => $formData->bodyToIterable(),
]);

echo $response->getContent();
