use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');

my $response = $ua->request($request);
print $response->decoded_content;
