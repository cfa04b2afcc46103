library(RCurl)

response <- getURL("{{baseUrl}}/me",
  httpheader = c(
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"
  ),
  followlocation = FALSE
)
cat(response)
