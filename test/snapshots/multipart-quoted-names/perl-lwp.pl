use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request::Common qw(POST);

my $ua = LWP::UserAgent->new;
my $request = POST '{{baseUrl}}/upload',
    Content_Type => 'form-data',
    Content => [
        'say %22hi%22' => 'one',
        'a\\b%22c%22' => 'two',
        'doc %22main%22' => ['upload.txt', undef, 'Content-Type' => 'text/plain'],
        'quoted file' => ['q"uote.txt', 'q%22uote.txt'],
    ];

my $response = $ua->request($request);
print $response->decoded_content;
