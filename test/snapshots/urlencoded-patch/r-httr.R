library(httr)

response <- PATCH("{{baseUrl}}/settings",
  add_headers(
    "Content-Type" = "application/x-www-form-urlencoded"
  ),
  body = "theme=dark%20mode&tag=a%26b&tag=c"
)
cat(content(response, as = "text", encoding = "UTF-8"))
