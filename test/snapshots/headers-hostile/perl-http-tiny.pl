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
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
