use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/login?next=/home&lang=en');
$request->header('Content-Type' => 'application/x-www-form-urlencoded');
$request->content('user=ann%40example.com&pass=p%40ss%20w0rd%26');

my $response = $ua->request($request);
print $response->decoded_content;
