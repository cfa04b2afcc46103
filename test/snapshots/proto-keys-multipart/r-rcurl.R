library(RCurl)

response <- postForm("{{baseUrl}}/objects",
  .params = list(
    "__proto__" = "f1",
    "constructor" = "f2",
    "prototype" = "f3",
    "toString" = "f4"
  ),
  .opts = list(
    customrequest = "POST",
    followlocation = FALSE
  ),
  style = "HTTPPOST"
)
cat(response)
