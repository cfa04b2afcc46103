use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('OPTIONS', '{{baseUrl}}/cors', {
    headers => {
        'Origin' => 'https://app.example.com',
        'Access-Control-Request-Method' => 'PUT',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
