use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/inv' => {
    'X-Tab' => 'a	b',
    'Content-Type' => 'text/plain',
} => "tab\there\xE2\x80\xA8sep\xE2\x80\xA9para\xE2\x80\xAERLO\xE2\x80\x8F\xEF\xBB\xBFbom\x01\x1F\x7Fdel\xC2\x85nel");
print $tx->result->body;
