library(httr2)

response <- request("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10") |>
  req_headers(
    "X-API-Key" = "{{api_key}}",
    "Cookie" = "session={{session_id}}; api_key={{api_key}}",
    "X-Note" = "\"; rm -rf ~; \"",
    "Authorization" = "Bearer {{bearerAuth}}"
  ) |>
  req_perform()
cat(resp_body_string(response))
