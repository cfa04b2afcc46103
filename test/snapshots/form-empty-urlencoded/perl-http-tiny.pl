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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
