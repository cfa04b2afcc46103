use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->put('{{baseUrl}}/profile' => {
    'X-Request-Id' => '42',
    # Mojo adds the boundary.
    'Content-Type' => 'multipart/form-data',
} => multipart => [
    { 'Content-Disposition' => 'form-data; name="name"', content => 'Ada' },
    { 'Content-Disposition' => 'form-data; name="tag"', content => 'a' },
    { 'Content-Disposition' => 'form-data; name="tag"', content => 'b' },
    { 'Content-Disposition' => 'form-data; name="avatar"; filename="upload.txt"', 'Content-Type' => 'text/plain', file => 'upload.txt' },
]);
print $tx->result->body;
