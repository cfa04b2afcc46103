use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/jobs/42/run');
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
