library(httr)

response <- DELETE("{{baseUrl}}/items",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = r"({"ids": [1, 2, 3]})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
