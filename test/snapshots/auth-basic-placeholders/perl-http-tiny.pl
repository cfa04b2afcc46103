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
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
