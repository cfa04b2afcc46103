use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/i18n' => {
    'X-Name' => 'Zoë ✓ 😀',
    'X-Latin' => 'café',
});
print $tx->result->body;
