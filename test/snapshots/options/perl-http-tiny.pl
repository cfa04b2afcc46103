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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
