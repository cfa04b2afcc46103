require "rest-client"

url = "{{baseUrl}}/v1/orders"
headers = {
  "Content-Type" => "application/json",
}
payload = <<'BODY'
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
BODY

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
