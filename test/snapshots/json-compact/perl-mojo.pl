use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->put('{{baseUrl}}/v1/config' => {
    'Content-Type' => 'application/json',
} => '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');
print $tx->result->body;
