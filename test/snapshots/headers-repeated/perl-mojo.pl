use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/tags' => {
    'X-Tag' => ['alpha', 'beta', 'gamma'],
    'Accept' => 'text/plain',
});
print $tx->result->body;
