use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->post('{{baseUrl}}/v1/orders' => {
    'Content-Type' => 'application/json',
} => '{
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
print $tx->result->body;
