local http = require("socket.http")
local ltn12 = require("ltn12")

local body = [[
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
]]

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/dav/",
  method = "PROPFIND",
  headers = {
    ["Depth"] = "1",
    ["Content-Type"] = "application/xml",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
