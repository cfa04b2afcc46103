library(httr)

response <- POST("{{baseUrl}}/pets",
  add_headers(
    "Content-Type" = "application/json"
  ),
  authenticate("{{basicAuthUsername}}", "{{basicAuthPassword}}"),
  body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"
)
cat(content(response, as = "text", encoding = "UTF-8"))
