use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/tags', {
    headers => {
        'X-Tag' => ['alpha', 'beta', 'gamma'],
        'Accept' => 'text/plain',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
