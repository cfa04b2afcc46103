library(httr)

response <- GET("{{baseUrl}}/empty",
  add_headers(
    "X-Empty" = "",
    "X-After" = "set"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
