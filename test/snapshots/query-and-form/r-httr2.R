library(httr2)

response <- request("{{baseUrl}}/login?next=/home&lang=en") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "application/x-www-form-urlencoded"
  ) |>
  req_body_raw("user=ann%40example.com&pass=p%40ss%20w0rd%26") |>
  req_perform()
cat(resp_body_string(response))
