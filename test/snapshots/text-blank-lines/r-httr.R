library(httr)

response <- POST("{{baseUrl}}/notes",
  add_headers(
    "Content-Type" = "text/plain"
  ),
  body = r"(	indented

  spaced  

)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
