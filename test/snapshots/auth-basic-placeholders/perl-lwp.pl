use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;
use MIME::Base64 qw(encode_base64);

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/pets');
$request->header('Content-Type' => 'application/json');
$request->header('Authorization' => 'Basic ' . encode_base64('{{basicAuthUsername}}:{{basicAuthPassword}}', ''));
$request->content('{"name": "{{petName}}", "tag": "dog"}');

my $response = $ua->request($request);
print $response->decoded_content;
