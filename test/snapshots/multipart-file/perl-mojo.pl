use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/upload' => {
    # Mojo adds the boundary.
    'Content-Type' => 'multipart/form-data',
} => multipart => [
    { 'Content-Disposition' => 'form-data; name="description"', content => 'A text file' },
    { 'Content-Disposition' => 'form-data; name="document"; filename="upload.txt"', 'Content-Type' => 'text/plain', file => 'upload.txt' },
    { 'Content-Disposition' => 'form-data; name="after"', content => 'file' },
]);
print $tx->result->body;
