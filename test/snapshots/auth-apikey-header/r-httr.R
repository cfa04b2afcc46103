library(httr)

response <- GET("{{baseUrl}}/reports",
  add_headers(
    "X-API-Key" = "k3y$#{x}"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
