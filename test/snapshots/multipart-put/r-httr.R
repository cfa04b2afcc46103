library(httr)

response <- PUT("{{baseUrl}}/profile",
  add_headers(
    "X-Request-Id" = "42"
  ),
  body = list(
    "name" = "Ada",
    "tag" = "a",
    "tag" = "b",
    "avatar" = upload_file("upload.txt", type = "text/plain")
  ),
  encode = "multipart"
)
cat(content(response, as = "text", encoding = "UTF-8"))
