library(httr)

response <- POST("{{baseUrl}}/soap",
  add_headers(
    "SOAPAction" = "\"urn:Add\"",
    "Content-Type" = "application/xml"
  ),
  body = r"(<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
