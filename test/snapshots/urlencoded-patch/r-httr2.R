library(httr2)

response <- request("{{baseUrl}}/settings") |>
  req_method("PATCH") |>
  req_headers(
    "Content-Type" = "application/x-www-form-urlencoded"
  ) |>
  req_body_raw("theme=dark%20mode&tag=a%26b&tag=c") |>
  req_perform()
cat(resp_body_string(response))
