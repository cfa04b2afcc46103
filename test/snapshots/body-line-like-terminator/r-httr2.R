library(httr2)

response <- request("{{baseUrl}}/notes") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "text/plain"
  ) |>
  req_body_raw(r"(

BODYBODY
  BODY2 indented
EOF
)") |>
  req_perform()
cat(resp_body_string(response))
