library(RCurl)

response <- getURL("{{baseUrl}}/v1/users/{{userId}}",
  customrequest = "PATCH",
  httpheader = c(
    "If-Match: W/\"etag-1\"",
    "X-Request-Id: {{requestId}}",
    "Content-Type: application/json"
  ),
  postfields = r"({"name": "{{newName}}", "active": true})",
  followlocation = FALSE
)
cat(response)
