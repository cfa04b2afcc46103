use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/soap', {
    headers => {
        'SOAPAction' => '"urn:Add"',
        'Content-Type' => 'application/xml',
    },
    content => '<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>',
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
