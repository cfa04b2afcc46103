<?php
require_once 'HTTP/Request2.php';
$request = new HTTP_Request2();
$request->setUrl('{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem(\'id\')%7D%20%5C(exploit)%20$%7BHOME%7D%20\'%3B%20require(\'child_process\').exec(\'id\')%3B%20\'%20%3C?php%20*/%20%25s');
$request->setMethod(HTTP_Request2::METHOD_POST);
$request->setConfig(array(
  'follow_redirects' => TRUE
));
$request->setHeader(array(
  'X-H' => '"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
  'Content-Type' => 'text/plain'
));
$request->setBody('"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s');
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
