use strict;
use warnings;
use HTTP::Tiny;
use MIME::Base64 qw(encode_base64);

my $http = HTTP::Tiny->new;
my $response = $http->request('GET', '{{baseUrl}}/me', {
    headers => {
        'Authorization' => 'Basic ' . encode_base64('{{username}}:{{password}}', ''),
    },
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
