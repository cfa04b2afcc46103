library(httr)

response <- POST("{{baseUrl}}/login?next=/home&lang=en",
  add_headers(
    "Content-Type" = "application/x-www-form-urlencoded"
  ),
  body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"
)
cat(content(response, as = "text", encoding = "UTF-8"))
