use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->delete('{{baseUrl}}/items' => {
    'Content-Type' => 'application/json',
} => '{"ids": [1, 2, 3]}');
print $tx->result->body;
