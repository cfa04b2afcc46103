library(httr)

response <- POST("{{baseUrl}}/upload",
  add_headers(
    # Without it libcurl would send the type application/x-www-form-urlencoded.
    "Content-Type" = ""
  ),
  body = ""
)
cat(content(response, as = "text", encoding = "UTF-8"))
