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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
