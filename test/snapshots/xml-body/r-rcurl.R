library(RCurl)

response <- getURL("{{baseUrl}}/soap",
  customrequest = "POST",
  httpheader = c(
    "SOAPAction: \"urn:Add\"",
    "Content-Type: application/xml"
  ),
  postfields = r"(<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>)",
  followlocation = FALSE
)
cat(response)
