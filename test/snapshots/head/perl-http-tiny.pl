use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('HEAD', '{{baseUrl}}/status', {
    headers => {
        'X-Check' => 'yes',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
