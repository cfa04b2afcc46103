use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/me', {
    headers => {
        'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
