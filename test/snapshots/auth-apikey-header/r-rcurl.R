library(RCurl)

response <- getURL("{{baseUrl}}/reports",
  httpheader = c(
    "X-API-Key: k3y$#{x}"
  ),
  followlocation = FALSE
)
cat(response)
