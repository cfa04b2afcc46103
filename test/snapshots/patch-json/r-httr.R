library(httr)

response <- PATCH("{{baseUrl}}/v1/users/{{userId}}",
  add_headers(
    "If-Match" = "W/\"etag-1\"",
    "X-Request-Id" = "{{requestId}}",
    "Content-Type" = "application/json"
  ),
  body = r"({"name": "{{newName}}", "active": true})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
