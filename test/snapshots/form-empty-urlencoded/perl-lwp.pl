use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PUT' => '{{baseUrl}}/settings');
$request->header('Content-Type' => 'application/x-www-form-urlencoded');
$request->header('X-Keep' => 'yes');
$request->content('');
$request->header('Content-Length' => 0);

my $response = $ua->request($request);
print $response->decoded_content;
