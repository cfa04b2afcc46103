use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/me', {
    headers => {
        'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
    },
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
