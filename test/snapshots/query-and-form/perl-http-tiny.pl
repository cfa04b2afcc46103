use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/login?next=/home&lang=en', {
    headers => {
        'Content-Type' => 'application/x-www-form-urlencoded',
    },
    content => 'user=ann%40example.com&pass=p%40ss%20w0rd%26',
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
