library(httr2)

response <- request("{{baseUrl}}/status") |>
  req_method("HEAD") |>
  req_headers(
    "X-Check" = "yes"
  ) |>
  req_perform()
print(resp_status(response))
