use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('PATCH', '{{baseUrl}}/settings', {
    headers => {
        'Content-Type' => 'application/x-www-form-urlencoded',
    },
    content => 'theme=dark%20mode&tag=a%26b&tag=c',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
