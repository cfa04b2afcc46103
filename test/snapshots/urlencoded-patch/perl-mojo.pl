use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->patch('{{baseUrl}}/settings' => {
    'Content-Type' => 'application/x-www-form-urlencoded',
} => 'theme=dark%20mode&tag=a%26b&tag=c');
print $tx->result->body;
