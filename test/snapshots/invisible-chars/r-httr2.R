library(httr2)

response <- request("{{baseUrl}}/inv") |>
  req_method("POST") |>
  req_headers(
    "X-Tab" = "a\tb",
    "Content-Type" = "text/plain"
  ) |>
  req_body_raw("tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{0001}\u{001F}\u{007F}del\u{0085}nel") |>
  req_perform()
cat(resp_body_string(response))
