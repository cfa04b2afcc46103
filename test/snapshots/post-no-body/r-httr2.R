library(httr2)

response <- request("{{baseUrl}}/jobs/42/run") |>
  req_method("POST") |>
  req_perform()
cat(resp_body_string(response))
