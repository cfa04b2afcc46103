library(RCurl)

response <- getURL("{{baseUrl}}/v1/orders",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: application/json"
  ),
  postfields = r"({
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
)",
  followlocation = FALSE
)
cat(response)
