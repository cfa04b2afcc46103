use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->get('{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10' => {
    'X-API-Key' => '{{api_key}}',
    'Cookie' => 'session={{session_id}}; api_key={{api_key}}',
    'X-Note' => '"; rm -rf ~; "',
    'Authorization' => 'Bearer {{bearerAuth}}',
});
print $tx->result->body;
