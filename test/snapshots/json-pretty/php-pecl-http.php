<?php
$request = new http\Client\Request('POST', '{{baseUrl}}/v1/orders', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
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

$client = new http\Client;
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getBody();
