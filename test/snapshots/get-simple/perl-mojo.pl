use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/v1/users?limit=10&page=2' => {
    'Accept' => 'application/json',
});
print $tx->result->body;
