library(httr2)

response <- request("{{baseUrl}}/soap") |>
  req_method("POST") |>
  req_headers(
    "SOAPAction" = "\"urn:Add\"",
    "Content-Type" = "application/xml"
  ) |>
  req_body_raw(r"(<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>)") |>
  req_perform()
cat(resp_body_string(response))
