library(RCurl)

response <- getURL("{{baseUrl}}/status",
  nobody = TRUE,
  httpheader = c(
    "X-Check: yes"
  ),
  followlocation = FALSE
)
cat(response)
