library(RCurl)

response <- getURL("{{baseUrl}}/cache/key",
  customrequest = "PURGE",
  followlocation = FALSE
)
cat(response)
