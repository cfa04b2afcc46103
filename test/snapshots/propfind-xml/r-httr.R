library(httr)

response <- VERB("PROPFIND", "{{baseUrl}}/dav/",
  add_headers(
    "Depth" = "1",
    "Content-Type" = "application/xml"
  ),
  body = r"(<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
