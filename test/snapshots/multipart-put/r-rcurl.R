library(RCurl)

response <- postForm("{{baseUrl}}/profile",
  .params = list(
    "name" = "Ada",
    "tag" = "a",
    "tag" = "b",
    "avatar" = fileUpload("upload.txt", contentType = "text/plain")
  ),
  .opts = list(
    customrequest = "PUT",
    httpheader = c(
      "X-Request-Id: 42"
    ),
    followlocation = FALSE
  ),
  style = "HTTPPOST"
)
cat(response)
