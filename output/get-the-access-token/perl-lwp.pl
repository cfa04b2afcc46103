use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{authPath}}/{{envID}}/as/token');
$request->header('Content-Type' => 'application/x-www-form-urlencoded');
$request->content('grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}');

my $response = $ua->request($request);
print $response->decoded_content;
