use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('PUT', '{{baseUrl}}/settings', {
    headers => {
        'Content-Type' => 'application/x-www-form-urlencoded',
        'X-Keep' => 'yes',
    },
    content => '',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
