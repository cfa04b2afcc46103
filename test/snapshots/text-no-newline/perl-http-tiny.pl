use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/notes', {
    headers => {
        'Content-Type' => 'text/plain',
    },
    content => 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
