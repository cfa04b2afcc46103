library(httr2)

response <- request("{{baseUrl}}/me") |>
  req_auth_basic("{{username}}", "{{password}}") |>
  req_perform()
cat(resp_body_string(response))
