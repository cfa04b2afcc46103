use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/inv');
$request->header('X-Tab' => 'a	b');
$request->header('Content-Type' => 'text/plain');
$request->content("tab\there\xE2\x80\xA8sep\xE2\x80\xA9para\xE2\x80\xAERLO\xE2\x80\x8F\xEF\xBB\xBFbom\x01\x1F\x7Fdel\xC2\x85nel");

my $response = $ua->request($request);
print $response->decoded_content;
