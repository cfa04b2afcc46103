library(httr2)

response <- request("{{baseUrl}}/upload") |>
  req_method("POST") |>
  req_body_multipart(
    "title" = "Hello",
    "bio" = "line 1\nline 2\r\nline 3",
    "name" = "Zoë 😀",
    "tag" = "a",
    "tag" = "b",
    "meta" = curl::form_data(r"({"k":"v"})", type = "application/json"),
    "danger" = "\"; $(id) #{x} \\(y) '"
  ) |>
  req_perform()
cat(resp_body_string(response))
