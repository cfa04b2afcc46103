library(httr)

response <- PUT("{{baseUrl}}/blobs/upload.txt",
  add_headers(
    "Content-Type" = "application/octet-stream"
  ),
  body = readBin("upload.txt", "raw", file.size("upload.txt"))
)
cat(content(response, as = "text", encoding = "UTF-8"))
