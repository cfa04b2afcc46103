use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->start($ua->build_tx('PURGE' => '{{baseUrl}}/cache/key'));
print $tx->result->body;
