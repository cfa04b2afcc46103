library(httr2)

response <- request("{{baseUrl}}/v1/users?limit=10&page=2") |>
  req_headers(
    "Accept" = "application/json"
  ) |>
  req_perform()
cat(resp_body_string(response))
