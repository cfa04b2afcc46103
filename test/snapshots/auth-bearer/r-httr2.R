library(httr2)

response <- request("{{baseUrl}}/me") |>
  req_headers(
    "Authorization" = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"
  ) |>
  req_perform()
cat(resp_body_string(response))
