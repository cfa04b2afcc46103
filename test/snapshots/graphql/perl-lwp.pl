use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/graphql');
$request->header('Content-Type' => 'application/json');
$request->content('{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}');

my $response = $ua->request($request);
print $response->decoded_content;
