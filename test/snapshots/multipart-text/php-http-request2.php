<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/upload');
$request->setMethod(HTTP_Request2::METHOD_POST);
$request->setConfig(array(
  'follow_redirects' => TRUE,
  // repeated form keys are sent as key=a&key=b, not key[0]=a&key[1]=b
  'use_brackets' => FALSE
));
$request->setHeader(array(
  'Content-Type' => 'multipart/form-data'
));
// HTTP_Request2 sends text fields without a Content-Type of their own.
$request->addPostParameter(array(
  'title' => 'Hello',
  'bio' => "line 1\nline 2\r\nline 3",
  'name' => 'Zoë 😀',
  'tag' => array('a', 'b'),
  'meta' => '{"k":"v"}',
  'danger' => '"; $(id) #{x} \\(y) \''
));
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
