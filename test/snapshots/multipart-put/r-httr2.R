library(httr2)

response <- request("{{baseUrl}}/profile") |>
  req_method("PUT") |>
  req_headers(
    "X-Request-Id" = "42"
  ) |>
  req_body_multipart(
    "name" = "Ada",
    "tag" = "a",
    "tag" = "b",
    "avatar" = curl::form_file("upload.txt", type = "text/plain")
  ) |>
  req_perform()
cat(resp_body_string(response))
