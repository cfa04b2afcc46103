<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/dav/');
$request->setMethod('PROPFIND');
$request->setConfig(array(
  'follow_redirects' => TRUE
));
$request->setHeader(array(
  'Depth' => '1',
  'Content-Type' => 'application/xml'
));
$request->setBody('<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
');
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
