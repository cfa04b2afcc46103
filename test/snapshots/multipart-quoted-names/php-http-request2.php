<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/upload');
$request->setMethod(HTTP_Request2::METHOD_POST);
$request->setConfig(array(
  'follow_redirects' => TRUE
));
$request->setHeader(array(
  'Content-Type' => 'multipart/form-data'
));
$request->addPostParameter(array(
  'say %22hi%22' => 'one',
  'a\\b%22c%22' => 'two'
));
$request->addUpload('doc %22main%22', 'upload.txt', 'upload.txt', 'text/plain');
$request->addUpload('quoted file', 'q"uote.txt', 'q%22uote.txt');
try {
  $response = $request->send();
  if ($response->getStatus() == 200) {
    echo $response->getBody();
  }
  else {
    echo 'Unexpected HTTP status: ' . $response->getStatus() . ' ' .
    $response->getReasonPhrase();
  }
}
catch(HTTP_Request2_Exception $e) {
  echo 'Error: ' . $e->getMessage();
}
