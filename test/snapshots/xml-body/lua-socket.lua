local http = require("socket.http")
local ltn12 = require("ltn12")

local body = [=[
<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>]=]

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/soap",
  method = "POST",
  headers = {
    ["SOAPAction"] = "\"urn:Add\"",
    ["Content-Type"] = "application/xml",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
