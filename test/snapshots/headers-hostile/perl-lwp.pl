use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/echo');
$request->header('X-Shell' => '"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s');
$request->header('X-Quotes' => '\'single\' "double" `back` \\back\\slash\\');
$request->header('X-Interp' => '#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}');
$request->header('X-Comment' => '*/ /* // # -- <!-- ?>');

my $response = $ua->request($request);
print $response->decoded_content;
