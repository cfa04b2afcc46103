use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('DELETE' => '{{baseUrl}}/items');
$request->header('Content-Type' => 'application/json');
$request->content('{"ids": [1, 2, 3]}');

my $response = $ua->request($request);
print $response->decoded_content;
