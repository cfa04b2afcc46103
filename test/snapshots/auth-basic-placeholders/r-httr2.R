library(httr2)

response <- request("{{baseUrl}}/pets") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_auth_basic("{{basicAuthUsername}}", "{{basicAuthPassword}}") |>
  req_body_raw(r"({"name": "{{petName}}", "tag": "dog"})") |>
  req_perform()
cat(resp_body_string(response))
