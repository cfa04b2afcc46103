library(httr2)

response <- request("{{baseUrl}}/blobs/upload.txt") |>
  req_method("PUT") |>
  req_headers(
    "Content-Type" = "application/octet-stream"
  ) |>
  req_body_file("upload.txt") |>
  req_perform()
cat(resp_body_string(response))
