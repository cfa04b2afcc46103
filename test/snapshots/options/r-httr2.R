library(httr2)

response <- request("{{baseUrl}}/cors") |>
  req_method("OPTIONS") |>
  req_headers(
    "Origin" = "https://app.example.com",
    "Access-Control-Request-Method" = "PUT"
  ) |>
  req_perform()
cat(resp_body_string(response))
