use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/v1/orders', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => '{
  "customer": "Zoë",
  "escaped": "caf\\u00e9 \\"quoted\\" \\\\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\\\(z) `w`",
  "empty": {},
  "nothing": null
}
',
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
