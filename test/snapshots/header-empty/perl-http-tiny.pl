use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/empty', {
    headers => {
        'X-Empty' => '',
        'X-After' => 'set',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
