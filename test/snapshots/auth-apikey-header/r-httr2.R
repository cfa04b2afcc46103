library(httr2)

response <- request("{{baseUrl}}/reports") |>
  req_headers(
    "X-API-Key" = "k3y$#{x}"
  ) |>
  req_perform()
cat(resp_body_string(response))
