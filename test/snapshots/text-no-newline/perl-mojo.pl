use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/notes' => {
    'Content-Type' => 'text/plain',
} => 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays');
print $tx->result->body;
