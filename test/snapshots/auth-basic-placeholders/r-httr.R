library(httr)

response <- POST("{{baseUrl}}/pets",
  add_headers(
    "Content-Type" = "application/json"
  ),
  authenticate("{{basicAuthUsername}}", "{{basicAuthPassword}}"),
  body = r"({"name": "{{petName}}", "tag": "dog"})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
