use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10', {
    headers => {
        'X-API-Key' => '{{api_key}}',
        'Cookie' => 'session={{session_id}}; api_key={{api_key}}',
        'X-Note' => '"; rm -rf ~; "',
        'Authorization' => 'Bearer {{bearerAuth}}',
    },
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
