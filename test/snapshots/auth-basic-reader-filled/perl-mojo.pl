use strict;
use warnings;
use Mojo::UserAgent;
use MIME::Base64 qw(encode_base64);

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/me' => {
    'Authorization' => 'Basic ' . encode_base64('{{username}}:{{password}}', ''),
});
print $tx->result->body;
