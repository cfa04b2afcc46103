library(httr)

response <- POST("{{baseUrl}}/notes",
  add_headers(
    "Content-Type" = "text/plain"
  ),
  body = "line one\r\nline two\r\n"
)
cat(content(response, as = "text", encoding = "UTF-8"))
