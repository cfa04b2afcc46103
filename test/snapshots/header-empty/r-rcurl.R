library(RCurl)

response <- getURL("{{baseUrl}}/empty",
  httpheader = c(
    "X-Empty;",
    "X-After: set"
  ),
  followlocation = FALSE
)
cat(response)
