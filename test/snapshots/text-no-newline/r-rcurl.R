library(RCurl)

response <- getURL("{{baseUrl}}/notes",
  customrequest = "POST",
  httpheader = c(
    "Content-Type: text/plain"
  ),
  postfields = r"(price: $5 #{total} ${HOME} \(x) `cmd` 'single' "double" \n stays)",
  followlocation = FALSE
)
cat(response)
