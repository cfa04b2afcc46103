library(RCurl)

response <- getURL("{{baseUrl}}/settings",
  customrequest = "PUT",
  httpheader = c(
    "Content-Type: application/x-www-form-urlencoded",
    "X-Keep: yes"
  ),
  postfields = "",
  followlocation = FALSE
)
cat(response)
