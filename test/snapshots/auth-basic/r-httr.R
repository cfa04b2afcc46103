library(httr)

response <- GET("{{baseUrl}}/me",
  add_headers(
    "Authorization" = "Basic YW5uOnBAc3M6d8O2cmQ="
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
