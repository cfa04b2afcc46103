use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/v1/users?limit=10&page=2');
$request->header('Accept' => 'application/json');

my $response = $ua->request($request);
print $response->decoded_content;
