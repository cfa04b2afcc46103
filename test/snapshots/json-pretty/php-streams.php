<?php
$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: application/json',
        ],
        'content' => '{
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
        // return the body of a 4xx or 5xx response instead of false
        'ignore_errors' => true,
    ],
]);

$response = file_get_contents('{{baseUrl}}/v1/orders', false, $context);
echo $response;
