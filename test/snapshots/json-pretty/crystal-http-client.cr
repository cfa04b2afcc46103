require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{
  \"customer\": \"Zoë\",
  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",
  \"items\": [
    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },
    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }
  ],
  \"note\": \"\#{x} ${y} \\\\(z) `w`\",
  \"empty\": {},
  \"nothing\": null
}
"

response = HTTP::Client.post("{{baseUrl}}/v1/orders", headers: headers, body: body)
puts response.body
