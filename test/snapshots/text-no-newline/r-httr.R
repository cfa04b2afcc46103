library(httr)

response <- POST("{{baseUrl}}/notes",
  add_headers(
    "Content-Type" = "text/plain"
  ),
  body = r"(price: $5 #{total} ${HOME} \(x) `cmd` 'single' "double" \n stays)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
