library(RCurl)

response <- getURL("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc",
  followlocation = FALSE
)
cat(response)
