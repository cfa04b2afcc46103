use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/notes' => {
    'Content-Type' => 'text/plain',
} => "line one\r\nline two\r\n");
print $tx->result->body;
