library(httr2)

response <- request("{{baseUrl}}/me") |>
  req_headers(
    "Authorization" = "Basic YW5uOnBAc3M6d8O2cmQ="
  ) |>
  req_perform()
cat(resp_body_string(response))
