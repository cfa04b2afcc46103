use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/empty' => {
    'X-Empty' => '',
    'X-After' => 'set',
});
print $tx->result->body;
