library(RCurl)

response <- getURL("{{baseUrl}}/login?next=/home&lang=en",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: application/x-www-form-urlencoded"
  ),
  postfields = "user=ann%40example.com&pass=p%40ss%20w0rd%26",
  followlocation = FALSE
)
cat(response)
