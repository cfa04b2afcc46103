use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/me');
$request->header('Authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig');

my $response = $ua->request($request);
print $response->decoded_content;
