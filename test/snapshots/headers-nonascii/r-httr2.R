library(httr2)

response <- request("{{baseUrl}}/i18n") |>
  req_headers(
    "X-Name" = "Zoë ✓ 😀",
    "X-Latin" = "café"
  ) |>
  req_perform()
cat(resp_body_string(response))
