use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PATCH' => '{{baseUrl}}/v1/users/{{userId}}');
$request->header('If-Match' => 'W/"etag-1"');
$request->header('X-Request-Id' => '{{requestId}}');
$request->header('Content-Type' => 'application/json');
$request->content('{"name": "{{newName}}", "active": true}');

my $response = $ua->request($request);
print $response->decoded_content;
