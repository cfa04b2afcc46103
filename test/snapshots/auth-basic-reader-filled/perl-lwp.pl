use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;
use MIME::Base64 qw(encode_base64);

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('GET' => '{{baseUrl}}/me');
$request->header('Authorization' => 'Basic ' . encode_base64('{{username}}:{{password}}', ''));

my $response = $ua->request($request);
print $response->decoded_content;
