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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
