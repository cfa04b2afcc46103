use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/tags');
$request->header('X-Tag' => 'alpha');
$request->header('Accept' => 'text/plain');
$request->push_header('X-Tag' => 'beta');
$request->push_header('X-Tag' => 'gamma');

my $response = $ua->request($request);
print $response->decoded_content;
