use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/me');
$request->header('Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=');

my $response = $ua->request($request);
print $response->decoded_content;
