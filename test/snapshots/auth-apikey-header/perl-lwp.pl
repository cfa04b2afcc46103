use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/reports');
$request->header('X-API-Key' => 'k3y$#{x}');

my $response = $ua->request($request);
print $response->decoded_content;
