use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4', {
    headers => {
        '__proto__' => 'h1',
        'constructor' => 'h2',
        'prototype' => 'h3',
        'toString' => 'h4',
        'Content-Type' => 'application/x-www-form-urlencoded',
    },
    content => '__proto__=f1&constructor=f2&prototype=f3&valueOf=f4',
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
