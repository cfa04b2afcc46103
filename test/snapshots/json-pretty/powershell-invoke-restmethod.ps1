$body = @'
{
  "customer": "Zoë",
  "escaped": "caf\u00e9 \"quoted\" \\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\(z) `w`",
  "empty": {},
  "nothing": null
}

'@
$request = @{
    Uri = '{{baseUrl}}/v1/orders'
    Method = 'Post'
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
