library(httr)

response <- POST("{{baseUrl}}/v1/orders",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = r"({
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
)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
