<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/upload',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_POSTFIELDS => [
        'say %22hi%22' => 'one',
        'a\\b%22c%22' => 'two',
        'doc %22main%22' => new CURLFile('upload.txt', 'text/plain', 'upload.txt'),
        'quoted file' => new CURLFile('q"uote.txt', '', 'q%22uote.txt'),
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
