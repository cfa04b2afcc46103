use strict;
use warnings;
use Mojo::UserAgent;
use MIME::Base64 qw(encode_base64);

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/pets' => {
    'Content-Type' => 'application/json',
    'Authorization' => 'Basic ' . encode_base64('{{basicAuthUsername}}:{{basicAuthPassword}}', ''),
} => '{"name": "{{petName}}", "tag": "dog"}');
print $tx->result->body;
