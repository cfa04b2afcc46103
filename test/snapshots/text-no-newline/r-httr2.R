library(httr2)

response <- request("{{baseUrl}}/notes") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "text/plain"
  ) |>
  req_body_raw(r"(price: $5 #{total} ${HOME} \(x) `cmd` 'single' "double" \n stays)") |>
  req_perform()
cat(resp_body_string(response))
