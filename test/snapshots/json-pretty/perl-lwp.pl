use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;

my $ua = LWP::UserAgent->new;
my $request = HTTP::Request->new('POST' => '{{baseUrl}}/v1/orders');
$request->header('Content-Type' => 'application/json');
$request->content('{
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
');

my $response = $ua->request($request);
print $response->decoded_content;
