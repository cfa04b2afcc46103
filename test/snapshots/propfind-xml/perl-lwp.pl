use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PROPFIND' => '{{baseUrl}}/dav/');
$request->header('Depth' => '1');
$request->header('Content-Type' => 'application/xml');
$request->content('<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
');

my $response = $ua->request($request);
print $response->decoded_content;
