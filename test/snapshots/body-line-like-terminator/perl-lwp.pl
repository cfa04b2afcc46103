use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/notes');
$request->header('Content-Type' => 'text/plain');
$request->content('

BODYBODY
  BODY2 indented
EOF
');

my $response = $ua->request($request);
print $response->decoded_content;
