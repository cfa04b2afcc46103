<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/form');
$request->setMethod(HTTP_Request2::METHOD_POST);
$request->setConfig(array(
  'follow_redirects' => TRUE,
  // repeated form keys are sent as key=a&key=b, not key[0]=a&key[1]=b
  'use_brackets' => FALSE
));
$request->setHeader(array(
  'Content-Type' => 'application/x-www-form-urlencoded'
));
$request->addPostParameter(array(
  'a b' => 'c&d=e',
  'plus' => '1+2 3',
  'pct' => '50%',
  'utf' => 'été ☃ 😀',
  'k' => array('first', 'second'),
  'empty' => '',
  'multi' => 'line1
line2',
  'q' => '"\'`$x #{y}'
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
