library(httr)

response <- GET("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10",
  add_headers(
    "X-API-Key" = "{{api_key}}",
    "Cookie" = "session={{session_id}}; api_key={{api_key}}",
    "X-Note" = "\"; rm -rf ~; \"",
    "Authorization" = "Bearer {{bearerAuth}}"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
