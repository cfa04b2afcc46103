library(httr2)

response <- request("{{baseUrl}}/upload") |>
  req_method("POST") |>
  req_body_multipart(
    "say %22hi%22" = "one",
    "a\\b%22c%22" = "two",
    "doc %22main%22" = curl::form_file("upload.txt", type = "text/plain"),
    "quoted file" = curl::form_file("q\"uote.txt")
  ) |>
  req_perform()
cat(resp_body_string(response))
