library(RCurl)

response <- getURL("{{baseUrl}}/cors",
  customrequest = "OPTIONS",
  httpheader = c(
    "Origin: https://app.example.com",
    "Access-Control-Request-Method: PUT"
  ),
  followlocation = FALSE
)
cat(response)
