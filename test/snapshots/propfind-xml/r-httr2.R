library(httr2)

response <- request("{{baseUrl}}/dav/") |>
  req_method("PROPFIND") |>
  req_headers(
    "Depth" = "1",
    "Content-Type" = "application/xml"
  ) |>
  req_body_raw(r"(<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
)") |>
  req_perform()
cat(resp_body_string(response))
