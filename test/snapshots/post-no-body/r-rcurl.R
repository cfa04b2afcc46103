library(RCurl)

response <- getURL("{{baseUrl}}/jobs/42/run",
  customrequest = "POST",
  followlocation = FALSE
)
cat(response)
