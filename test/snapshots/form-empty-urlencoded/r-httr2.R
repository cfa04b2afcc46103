library(httr2)

response <- request("{{baseUrl}}/settings") |>
  req_method("PUT") |>
  req_headers(
    "Content-Type" = "application/x-www-form-urlencoded",
    "X-Keep" = "yes"
  ) |>
  req_body_raw("") |>
  req_perform()
cat(resp_body_string(response))
