library(httr2)

response <- request("{{baseUrl}}/search") |>
  req_method("GET") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({"query": {"match_all": {}}})") |>
  req_perform()
cat(resp_body_string(response))
