library(httr2)

response <- request("{{baseUrl}}/v1/users/{{userId}}") |>
  req_method("PATCH") |>
  req_headers(
    "If-Match" = "W/\"etag-1\"",
    "X-Request-Id" = "{{requestId}}",
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({"name": "{{newName}}", "active": true})") |>
  req_perform()
cat(resp_body_string(response))
