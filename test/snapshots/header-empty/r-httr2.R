library(httr2)

response <- request("{{baseUrl}}/empty") |>
  req_headers(
    "X-Empty" = "",
    "X-After" = "set"
  ) |>
  req_perform()
cat(resp_body_string(response))
