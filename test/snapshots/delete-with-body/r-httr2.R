library(httr2)

response <- request("{{baseUrl}}/items") |>
  req_method("DELETE") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({"ids": [1, 2, 3]})") |>
  req_perform()
cat(resp_body_string(response))
