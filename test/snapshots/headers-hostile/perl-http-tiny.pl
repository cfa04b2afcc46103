use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/echo', {
    headers => {
        'X-Shell' => '"; rm -rf ~; " $(id) `id` #{system(\'id\')} \\(exploit) ${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s',
        'X-Quotes' => '\'single\' "double" `back` \\back\\slash\\',
        'X-Interp' => '#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}',
        'X-Comment' => '*/ /* // # -- <!-- ?>',
    },
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
