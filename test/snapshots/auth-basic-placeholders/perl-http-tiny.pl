use strict;
use warnings;
use HTTP::Tiny;
use MIME::Base64 qw(encode_base64);

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/pets', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Basic ' . encode_base64('{{basicAuthUsername}}:{{basicAuthPassword}}', ''),
    },
    content => '{"name": "{{petName}}", "tag": "dog"}',
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
