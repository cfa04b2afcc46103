use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/i18n');
$request->header('X-Name' => 'Zoë ✓ 😀');
$request->header('X-Latin' => 'café');

my $response = $ua->request($request);
print $response->decoded_content;
