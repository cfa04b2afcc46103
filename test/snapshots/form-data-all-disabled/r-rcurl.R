library(RCurl)

response <- getURL("{{baseUrl}}/upload",
  customrequest = "POST",
  httpheader = c(
    # Without it libcurl would send the type application/x-www-form-urlencoded.
    "Content-Type:"
  ),
  postfields = "",
  followlocation = FALSE
)
cat(response)
