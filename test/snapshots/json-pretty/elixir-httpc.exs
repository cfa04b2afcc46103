:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/v1/orders"
headers = []
content_type = ~c"application/json"
body = "{\n" <>
  "  \"customer\": \"Zoë\",\n" <>
  "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n" <>
  "  \"items\": [\n" <>
  "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n" <>
  "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n" <>
  "  ],\n" <>
  "  \"note\": \"\#{x} ${y} \\\\(z) `w`\",\n" <>
  "  \"empty\": {},\n" <>
  "  \"nothing\": null\n" <>
  "}\n"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
