library(httr2)

response <- request("{{baseUrl}}/upload") |>
  req_method("POST") |>
  req_body_multipart(
    "description" = "A text file",
    "document" = curl::form_file("upload.txt", type = "text/plain"),
    "after" = "file"
  ) |>
  req_perform()
cat(resp_body_string(response))
