library(httr2)

response <- request("{{authPath}}/{{envID}}/as/token") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "application/x-www-form-urlencoded"
  ) |>
  req_body_raw("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}") |>
  req_perform()
cat(resp_body_string(response))
