use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{authPath}}/{{envID}}/as/token' => {
    'Content-Type' => 'application/x-www-form-urlencoded',
} => 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}');
print $tx->result->body;
