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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
