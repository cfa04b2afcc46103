library(httr2)

response <- request("{{baseUrl}}/upload") |>
  req_method("POST") |>
  req_body_raw("") |>
  req_perform()
cat(resp_body_string(response))
