library(RCurl)

response <- getURL("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10",
  httpheader = c(
    "X-API-Key: {{api_key}}",
    "Cookie: session={{session_id}}; api_key={{api_key}}",
    "X-Note: \"; rm -rf ~; \"",
    "Authorization: Bearer {{bearerAuth}}"
  ),
  followlocation = FALSE
)
cat(response)
