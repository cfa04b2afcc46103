library(httr2)

response <- request("{{baseUrl}}/cache/key") |>
  req_method("PURGE") |>
  req_perform()
cat(resp_body_string(response))
