<?php
$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => '{{baseUrl}}/echo',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'X-Shell: "; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
        'X-Quotes: \'single\' "double" `back` \\back\\slash\\',
        'X-Interp: #{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}',
        'X-Comment: */ /* // # -- <!-- ?>',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    echo 'cURL error: ' . curl_error($curl);
} else {
    echo $response;
}
