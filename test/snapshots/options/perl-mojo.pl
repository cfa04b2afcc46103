use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->options('{{baseUrl}}/cors' => {
    'Origin' => 'https://app.example.com',
    'Access-Control-Request-Method' => 'PUT',
});
print $tx->result->body;
