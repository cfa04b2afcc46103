library(httr)

response <- POST("{{baseUrl}}/upload",
  body = list(
    "description" = "A text file",
    "document" = upload_file("upload.txt", type = "text/plain"),
    "after" = "file"
  ),
  encode = "multipart"
)
cat(content(response, as = "text", encoding = "UTF-8"))
