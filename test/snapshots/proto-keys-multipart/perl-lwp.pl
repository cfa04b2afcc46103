use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request::Common qw(POST);

my $ua = LWP::UserAgent->new;
my $request = POST '{{baseUrl}}/objects',
    Content_Type => 'form-data',
    Content => [
        '__proto__' => 'f1',
        'constructor' => 'f2',
        'prototype' => 'f3',
        'toString' => 'f4',
    ];

my $response = $ua->request($request);
print $response->decoded_content;
