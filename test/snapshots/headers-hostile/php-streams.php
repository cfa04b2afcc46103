<?php
$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'X-Shell: "; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
            'X-Quotes: \'single\' "double" `back` \\back\\slash\\',
            'X-Interp: #{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}',
            'X-Comment: */ /* // # -- <!-- ?>',
        ],
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/echo', false, $context);
echo $response;
