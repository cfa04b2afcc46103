use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4');
$request->header(':__proto__' => 'h1');
$request->header('constructor' => 'h2');
$request->header('prototype' => 'h3');
$request->header('toString' => 'h4');
$request->header('Content-Type' => 'application/x-www-form-urlencoded');
$request->content('__proto__=f1&constructor=f2&prototype=f3&valueOf=f4');

my $response = $ua->request($request);
print $response->decoded_content;
