library(httr2)

response <- request("{{baseUrl}}/tags") |>
  req_headers(
    "X-Tag" = "alpha, beta, gamma",
    "Accept" = "text/plain"
  ) |>
  req_perform()
cat(resp_body_string(response))
