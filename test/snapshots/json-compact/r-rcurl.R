library(RCurl)

response <- getURL("{{baseUrl}}/v1/config",
  customrequest = "PUT",
  httpheader = c(
    "Content-Type: application/json"
  ),
  postfields = r"({"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0})",
  followlocation = FALSE
)
cat(response)
