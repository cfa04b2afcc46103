use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('PUT' => '{{baseUrl}}/blobs/upload.txt');
$request->header('Content-Type' => 'application/octet-stream');
open my $file, '<:raw', 'upload.txt' or die "cannot read the body file: $!";
$request->content(do { local $/; <$file> });

my $response = $ua->request($request);
print $response->decoded_content;
