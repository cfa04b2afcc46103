use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PUT' => '{{baseUrl}}/v1/config');
$request->header('Content-Type' => 'application/json');
$request->content('{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');

my $response = $ua->request($request);
print $response->decoded_content;
