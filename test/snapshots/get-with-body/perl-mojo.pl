use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/search' => {
    'Content-Type' => 'application/json',
} => '{"query": {"match_all": {}}}');
print $tx->result->body;
