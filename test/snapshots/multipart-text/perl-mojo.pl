use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/upload' => {
    # Mojo adds the boundary.
    'Content-Type' => 'multipart/form-data',
} => multipart => [
    { 'Content-Disposition' => 'form-data; name="title"', content => 'Hello' },
    { 'Content-Disposition' => 'form-data; name="bio"', content => "line 1\nline 2\r\nline 3" },
    { 'Content-Disposition' => 'form-data; name="name"', content => 'Zoë 😀' },
    { 'Content-Disposition' => 'form-data; name="tag"', content => 'a' },
    { 'Content-Disposition' => 'form-data; name="tag"', content => 'b' },
    { 'Content-Disposition' => 'form-data; name="meta"', 'Content-Type' => 'application/json', content => '{"k":"v"}' },
    { 'Content-Disposition' => 'form-data; name="danger"', content => '"; $(id) #{x} \\(y) \'' },
]);
print $tx->result->body;
