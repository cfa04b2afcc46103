library(httr)

response <- POST("{{baseUrl}}/upload",
  body = list(
    "say %22hi%22" = "one",
    "a\\b%22c%22" = "two",
    "doc %22main%22" = upload_file("upload.txt", type = "text/plain"),
    "quoted file" = upload_file("q\"uote.txt")
  ),
  encode = "multipart"
)
cat(content(response, as = "text", encoding = "UTF-8"))
