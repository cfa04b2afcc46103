library(RCurl)

response <- getURL("{{baseUrl}}/notes",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: text/plain"
  ),
  postfields = r"(	indented

  spaced  

)",
  followlocation = FALSE
)
cat(response)
