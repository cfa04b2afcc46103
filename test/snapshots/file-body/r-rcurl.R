library(RCurl)

response <- getURL("{{baseUrl}}/blobs/upload.txt",
  customrequest = "PUT",
  httpheader = c(
    "Content-Type: application/octet-stream"
  ),
  postfields = readBin("upload.txt", "raw", file.size("upload.txt")),
  followlocation = FALSE
)
cat(response)
