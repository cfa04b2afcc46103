use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/empty');
$request->header('X-Empty' => '');
$request->header('X-After' => 'set');

my $response = $ua->request($request);
print $response->decoded_content;
