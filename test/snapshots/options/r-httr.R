library(httr)

response <- VERB("OPTIONS", "{{baseUrl}}/cors",
  add_headers(
    "Origin" = "https://app.example.com",
    "Access-Control-Request-Method" = "PUT"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
