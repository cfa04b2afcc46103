library(RCurl)

response <- getURL("{{baseUrl}}/v1/users?limit=10&page=2",
  httpheader = c(
    "Accept: application/json"
  ),
  followlocation = FALSE
)
cat(response)
