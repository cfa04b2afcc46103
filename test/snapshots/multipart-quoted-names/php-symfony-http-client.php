<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\Mime\Part\DataPart;
use Symfony\Component\Mime\Part\Multipart\FormDataPart;

$formData = new FormDataPart([
    'say %22hi%22' => 'one',
    'a\\b%22c%22' => 'two',
    'doc %22main%22' => DataPart::fromPath('upload.txt', 'upload.txt', 'text/plain'),
    'quoted file' => DataPart::fromPath('q"uote.txt', 'q%22uote.txt'),
]);

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'headers' => $formData->getPreparedHeaders()->toArray(),
    'body' => $formData->bodyToIterable(),
]);

echo $response->getContent();
