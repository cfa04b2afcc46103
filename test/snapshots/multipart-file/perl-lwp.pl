use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request::Common qw(POST);

my $ua = LWP::UserAgent->new;
my $request = POST '{{baseUrl}}/upload',
    Content_Type => 'form-data',
    Content => [
        'description' => 'A text file',
        'document' => ['upload.txt', undef, 'Content-Type' => 'text/plain'],
        'after' => 'file',
    ];

my $response = $ua->request($request);
print $response->decoded_content;
