library(RCurl)

response <- getURL("{{baseUrl}}/me",
  httpheader = c(
    "Authorization: Basic YW5uOnBAc3M6d8O2cmQ="
  ),
  followlocation = FALSE
)
cat(response)
