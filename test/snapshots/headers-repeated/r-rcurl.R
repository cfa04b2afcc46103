library(RCurl)

response <- getURL("{{baseUrl}}/tags",
  httpheader = c(
    "X-Tag: alpha",
    "Accept: text/plain",
    "X-Tag: beta",
    "X-Tag: gamma"
  ),
  followlocation = FALSE
)
cat(response)
