library(RCurl)

response <- getURL("{{baseUrl}}/notes",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: text/plain"
  ),
  postfields = r"(

BODYBODY
  BODY2 indented
EOF
)",
  followlocation = FALSE
)
cat(response)
