library(RCurl)

response <- postForm("{{baseUrl}}/upload",
  .params = list(
    "description" = "A text file",
    "document" = fileUpload("upload.txt", contentType = "text/plain"),
    "after" = "file"
  ),
  .opts = list(
    customrequest = "POST",
    followlocation = FALSE
  ),
  style = "HTTPPOST"
)
cat(response)
