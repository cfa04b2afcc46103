use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/inv', {
    headers => {
        'X-Tab' => 'a	b',
        'Content-Type' => 'text/plain',
    },
    content => "tab\there\xE2\x80\xA8sep\xE2\x80\xA9para\xE2\x80\xAERLO\xE2\x80\x8F\xEF\xBB\xBFbom\x01\x1F\x7Fdel\xC2\x85nel",
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
