use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('DELETE', '{{baseUrl}}/items', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => '{"ids": [1, 2, 3]}',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
