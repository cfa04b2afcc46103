library(httr2)

response <- request("{{baseUrl}}/notes") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "text/plain"
  ) |>
  req_body_raw("line one\r\nline two\r\n") |>
  req_perform()
cat(resp_body_string(response))
