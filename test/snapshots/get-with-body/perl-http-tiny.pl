use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/search', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => '{"query": {"match_all": {}}}',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
