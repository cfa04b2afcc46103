<?php
require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\Mime\Part\DataPart;
use Symfony\Component\Mime\Part\Multipart\FormDataPart;

$formData = new FormDataPart([
    ['title' => 'Hello'],
    ['bio' => "line 1\nline 2\r\nline 3"],
    ['name' => 'Zoë 😀'],
    ['tag' => 'a'],
    ['tag' => 'b'],
    ['meta' => new DataPart('{"k":"v"}', null, 'application/json')],
    ['danger' => '"; $(id) #{x} \\(y) \''],
]);

$client = HttpClient::create();
$response = $client->request('POST', '{{baseUrl}}/upload', [
    'headers' => $formData->getPreparedHeaders()->toArray(),
    'body' => $formData->bodyToIterable(),
]);

echo $response->getContent();
