library(RCurl)

response <- getURL("{{baseUrl}}/dav/",
  customrequest = "PROPFIND",
  httpheader = c(
    "Depth: 1",
    "Content-Type: application/xml"
  ),
  postfields = r"(<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
)",
  followlocation = FALSE
)
cat(response)
