library(httr)

response <- GET("{{baseUrl}}/me",
  add_headers(
    "Authorization" = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
