use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/notes');
$request->header('Content-Type' => 'text/plain');
$request->content('price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays');

my $response = $ua->request($request);
print $response->decoded_content;
