library(httr)

response <- GET("{{baseUrl}}/tags",
  add_headers(
    "X-Tag" = "alpha, beta, gamma",
    "Accept" = "text/plain"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
