use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('OPTIONS' => '{{baseUrl}}/cors');
$request->header('Origin' => 'https://app.example.com');
$request->header('Access-Control-Request-Method' => 'PUT');

my $response = $ua->request($request);
print $response->decoded_content;
