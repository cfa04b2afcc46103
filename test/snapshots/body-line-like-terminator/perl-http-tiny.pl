use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/notes', {
    headers => {
        'Content-Type' => 'text/plain',
    },
    content => '

BODYBODY
  BODY2 indented
EOF
',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
