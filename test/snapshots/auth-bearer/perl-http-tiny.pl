use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/me', {
    headers => {
        'Authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
