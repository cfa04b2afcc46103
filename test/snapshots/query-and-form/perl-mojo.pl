use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/login?next=/home&lang=en' => {
    'Content-Type' => 'application/x-www-form-urlencoded',
} => 'user=ann%40example.com&pass=p%40ss%20w0rd%26');
print $tx->result->body;
