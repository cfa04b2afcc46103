library(httr)

response <- PUT("{{baseUrl}}/settings",
  add_headers(
    "Content-Type" = "application/x-www-form-urlencoded",
    "X-Keep" = "yes"
  ),
  body = ""
)
cat(content(response, as = "text", encoding = "UTF-8"))
