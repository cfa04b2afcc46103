use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('PATCH', '{{baseUrl}}/v1/users/{{userId}}', {
    headers => {
        'If-Match' => 'W/"etag-1"',
        'X-Request-Id' => '{{requestId}}',
        'Content-Type' => 'application/json',
    },
    content => '{"name": "{{newName}}", "active": true}',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
