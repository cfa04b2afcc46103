use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/soap');
$request->header('SOAPAction' => '"urn:Add"');
$request->header('Content-Type' => 'application/xml');
$request->content('<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>');

my $response = $ua->request($request);
print $response->decoded_content;
