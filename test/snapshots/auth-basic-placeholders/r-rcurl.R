library(RCurl)

response <- getURL("{{baseUrl}}/pets",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: application/json"
  ),
  userpwd = "{{basicAuthUsername}}:{{basicAuthPassword}}",
  httpauth = AUTH_BASIC,
  postfields = r"({"name": "{{petName}}", "tag": "dog"})",
  followlocation = FALSE
)
cat(response)
