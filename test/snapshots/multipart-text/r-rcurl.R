library(RCurl)

response <- postForm("{{baseUrl}}/upload",
  .params = list(
    "title" = "Hello",
    "bio" = "line 1\nline 2\r\nline 3",
    "name" = "Zoë 😀",
    "tag" = "a",
    "tag" = "b",
    "meta" = r"({"k":"v"})",
    "danger" = r"("; $(id) #{x} \(y) ')"
  ),
  .opts = list(
    customrequest = "POST",
    followlocation = FALSE
  ),
  style = "HTTPPOST"
)
cat(response)
