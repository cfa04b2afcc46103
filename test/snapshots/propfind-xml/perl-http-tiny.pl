use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('PROPFIND', '{{baseUrl}}/dav/', {
    headers => {
        'Depth' => '1',
        'Content-Type' => 'application/xml',
    },
    content => '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
