<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'X-H: "; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
            'Content-Type: text/plain',
        ],
        'content' => '"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem(\'id\')%7D%20%5C(exploit)%20$%7BHOME%7D%20\'%3B%20require(\'child_process\').exec(\'id\')%3B%20\'%20%3C?php%20*/%20%25s', false, $context);
echo $response;
