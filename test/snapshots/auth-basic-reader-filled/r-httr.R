library(httr)

response <- GET("{{baseUrl}}/me",
  authenticate("{{username}}", "{{password}}")
)
cat(content(response, as = "text", encoding = "UTF-8"))
