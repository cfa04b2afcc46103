use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request::Common qw(POST);

my $ua = LWP::UserAgent->new;
my $request = POST '{{baseUrl}}/upload',
    Content_Type => 'form-data',
    Content => [
        'title' => 'Hello',
        'bio' => "line 1\nline 2\r\nline 3",
        'name' => 'Zoë 😀',
        'tag' => 'a',
        'tag' => 'b',
        'meta' => [undef, undef, 'Content-Type' => 'application/json', Content => '{"k":"v"}'],
        'danger' => '"; $(id) #{x} \\(y) \'',
    ];

my $response = $ua->request($request);
print $response->decoded_content;
