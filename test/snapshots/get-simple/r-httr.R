library(httr)

response <- GET("{{baseUrl}}/v1/users?limit=10&page=2",
  add_headers(
    "Accept" = "application/json"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
