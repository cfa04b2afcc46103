use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/v1/users?limit=10&page=2', {
    headers => {
        'Accept' => 'application/json',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
