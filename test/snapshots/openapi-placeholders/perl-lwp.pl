use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10');
$request->header('X-API-Key' => '{{api_key}}');
$request->header('Cookie' => 'session={{session_id}}; api_key={{api_key}}');
$request->header('X-Note' => '"; rm -rf ~; "');
$request->header('Authorization' => 'Bearer {{bearerAuth}}');

my $response = $ua->request($request);
print $response->decoded_content;
