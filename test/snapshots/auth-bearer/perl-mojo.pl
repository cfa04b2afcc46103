use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/me' => {
    'Authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
});
print $tx->result->body;
