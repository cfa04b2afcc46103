library(RCurl)

response <- getURL("{{baseUrl}}/settings",
  customrequest = "PATCH",
  httpheader = c(
    "Content-Type: application/x-www-form-urlencoded"
  ),
  postfields = "theme=dark%20mode&tag=a%26b&tag=c",
  followlocation = FALSE
)
cat(response)
