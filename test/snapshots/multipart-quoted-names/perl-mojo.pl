use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/upload' => {
    # Mojo adds the boundary.
    'Content-Type' => 'multipart/form-data',
} => multipart => [
    { 'Content-Disposition' => 'form-data; name="say %22hi%22"', content => 'one' },
    { 'Content-Disposition' => 'form-data; name="a\\b%22c%22"', content => 'two' },
    { 'Content-Disposition' => 'form-data; name="doc %22main%22"; filename="upload.txt"', 'Content-Type' => 'text/plain', file => 'upload.txt' },
    { 'Content-Disposition' => 'form-data; name="quoted file"; filename="q%22uote.txt"', file => 'q"uote.txt' },
]);
print $tx->result->body;
