use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
print $tx->result->body;
