use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('PURGE', '{{baseUrl}}/cache/key');
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
