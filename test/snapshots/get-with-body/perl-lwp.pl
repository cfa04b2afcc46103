use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/search');
$request->header('Content-Type' => 'application/json');
$request->content('{"query": {"match_all": {}}}');

my $response = $ua->request($request);
print $response->decoded_content;
