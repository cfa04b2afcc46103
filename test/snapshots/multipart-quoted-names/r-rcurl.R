library(RCurl)

response <- postForm("{{baseUrl}}/upload",
  .params = list(
    "say %22hi%22" = "one",
    "a\\b%22c%22" = "two",
    "doc %22main%22" = fileUpload("upload.txt", contentType = "text/plain"),
    "quoted file" = fileUpload("q\"uote.txt")
  ),
  .opts = list(
    customrequest = "POST",
    followlocation = FALSE
  ),
  style = "HTTPPOST"
)
cat(response)
