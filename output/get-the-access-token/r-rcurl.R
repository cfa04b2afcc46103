library(RCurl)

response <- getURL("{{authPath}}/{{envID}}/as/token",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: application/x-www-form-urlencoded"
  ),
  postfields = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}",
  followlocation = FALSE
)
cat(response)
