use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PATCH' => '{{baseUrl}}/settings');
$request->header('Content-Type' => 'application/x-www-form-urlencoded');
$request->content('theme=dark%20mode&tag=a%26b&tag=c');

my $response = $ua->request($request);
print $response->decoded_content;
