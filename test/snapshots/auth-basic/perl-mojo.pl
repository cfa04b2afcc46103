use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/me' => {
    'Authorization' => 'Basic YW5uOnBAc3M6d8O2cmQ=',
});
print $tx->result->body;
