use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->put('{{baseUrl}}/settings' => {
    'Content-Type' => 'application/x-www-form-urlencoded',
    'X-Keep' => 'yes',
} => '');
print $tx->result->body;
