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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
