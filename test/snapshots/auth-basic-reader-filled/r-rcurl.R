library(RCurl)

response <- getURL("{{baseUrl}}/me",
  userpwd = "{{username}}:{{password}}",
  httpauth = AUTH_BASIC,
  followlocation = FALSE
)
cat(response)
