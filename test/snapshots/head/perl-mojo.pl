use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->head('{{baseUrl}}/status' => {
    'X-Check' => 'yes',
});
print $tx->result->body;
