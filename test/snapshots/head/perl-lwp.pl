use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('HEAD' => '{{baseUrl}}/status');
$request->header('X-Check' => 'yes');

my $response = $ua->request($request);
print $response->decoded_content;
