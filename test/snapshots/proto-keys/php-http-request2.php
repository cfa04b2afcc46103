<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4');
$request->setMethod(HTTP_Request2::METHOD_POST);
$request->setConfig(array(
  'follow_redirects' => TRUE
));
$request->setHeader(array(
  '__proto__' => 'h1',
  'constructor' => 'h2',
  'prototype' => 'h3',
  'toString' => 'h4',
  'Content-Type' => 'application/x-www-form-urlencoded'
));
$request->addPostParameter(array(
  '__proto__' => 'f1',
  'constructor' => 'f2',
  'prototype' => 'f3',
  'valueOf' => 'f4'
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
