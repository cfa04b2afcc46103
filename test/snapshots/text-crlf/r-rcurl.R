library(RCurl)

response <- getURL("{{baseUrl}}/notes",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: text/plain"
  ),
  postfields = "line one\r\nline two\r\n",
  followlocation = FALSE
)
cat(response)
