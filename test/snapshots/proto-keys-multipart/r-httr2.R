library(httr2)

response <- request("{{baseUrl}}/objects") |>
  req_method("POST") |>
  req_body_multipart(
    "__proto__" = "f1",
    "constructor" = "f2",
    "prototype" = "f3",
    "toString" = "f4"
  ) |>
  req_perform()
cat(resp_body_string(response))
