<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/profile');
$request->setMethod(HTTP_Request2::METHOD_PUT);
$request->setConfig(array(
  'follow_redirects' => TRUE
));
$request->setHeader(array(
  'X-Request-Id' => '42'
));
// HTTP_Request2 builds a multipart body only for POST: a POST request builds it, this request sends it.
$form = new HTTP_Request2(null, HTTP_Request2::METHOD_POST, array(
  // repeated form keys are sent as key=a&key=b, not key[0]=a&key[1]=b
  'use_brackets' => FALSE
));
$form->setHeader('Content-Type', 'multipart/form-data');
$form->addPostParameter(array(
  'name' => 'Ada',
  'tag' => array('a', 'b')
));
$form->addUpload('avatar', 'upload.txt', 'upload.txt', 'text/plain');
$request->setBody($form->getBody());
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
