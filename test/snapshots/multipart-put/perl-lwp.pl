use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request::Common qw(POST);

my $ua = LWP::UserAgent->new;
my $request = POST '{{baseUrl}}/profile',
    Content_Type => 'form-data',
    Content => [
        'name' => 'Ada',
        'tag' => 'a',
        'tag' => 'b',
        'avatar' => ['upload.txt', undef, 'Content-Type' => 'text/plain'],
    ];
$request->method('PUT');
$request->header('X-Request-Id' => '42');

my $response = $ua->request($request);
print $response->decoded_content;
