library(RCurl)

response <- getURL("{{baseUrl}}/graphql",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: application/json"
  ),
  postfields = r"({"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}})",
  followlocation = FALSE
)
cat(response)
