use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/objects' => {
    # Mojo adds the boundary.
    'Content-Type' => 'multipart/form-data',
} => multipart => [
    { 'Content-Disposition' => 'form-data; name="__proto__"', content => 'f1' },
    { 'Content-Disposition' => 'form-data; name="constructor"', content => 'f2' },
    { 'Content-Disposition' => 'form-data; name="prototype"', content => 'f3' },
    { 'Content-Disposition' => 'form-data; name="toString"', content => 'f4' },
]);
print $tx->result->body;
