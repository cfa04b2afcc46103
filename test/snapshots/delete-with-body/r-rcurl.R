library(RCurl)

response <- getURL("{{baseUrl}}/items",
  customrequest = "DELETE",
  httpheader = c(
    "Content-Type: application/json"
  ),
  postfields = r"({"ids": [1, 2, 3]})",
  followlocation = FALSE
)
cat(response)
