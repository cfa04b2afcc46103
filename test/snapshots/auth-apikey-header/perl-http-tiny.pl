use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/reports', {
    headers => {
        'X-API-Key' => 'k3y$#{x}',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
