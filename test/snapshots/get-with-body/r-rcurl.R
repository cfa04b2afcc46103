library(RCurl)

response <- getURL("{{baseUrl}}/search",
  customrequest = "GET",
  httpheader = c(
    "Content-Type: application/json"
  ),
  postfields = r"({"query": {"match_all": {}}})",
  followlocation = FALSE
)
cat(response)
