library(httr2)

response <- request("{{baseUrl}}/graphql") |>
  req_method("POST") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}})") |>
  req_perform()
cat(resp_body_string(response))
