use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/reports' => {
    'X-API-Key' => 'k3y$#{x}',
});
print $tx->result->body;
