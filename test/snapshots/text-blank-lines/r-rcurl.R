library(RCurl)

response <- getURL("{{baseUrl}}/notes",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: text/plain"
  ),
  postfields = "\tindented

  spaced  

",
  followlocation = FALSE
)
cat(response)
