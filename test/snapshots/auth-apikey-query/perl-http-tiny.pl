use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
