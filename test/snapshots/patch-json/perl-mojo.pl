use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->patch('{{baseUrl}}/v1/users/{{userId}}' => {
    'If-Match' => 'W/"etag-1"',
    'X-Request-Id' => '{{requestId}}',
    'Content-Type' => 'application/json',
} => '{"name": "{{newName}}", "active": true}');
print $tx->result->body;
