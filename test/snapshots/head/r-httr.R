library(httr)

response <- HEAD("{{baseUrl}}/status",
  add_headers(
    "X-Check" = "yes"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
