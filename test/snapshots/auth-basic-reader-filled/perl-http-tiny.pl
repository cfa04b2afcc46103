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
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
