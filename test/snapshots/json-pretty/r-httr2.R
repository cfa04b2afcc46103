library(httr2)

response <- request("{{baseUrl}}/v1/orders") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({
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
)") |>
  req_perform()
cat(resp_body_string(response))
