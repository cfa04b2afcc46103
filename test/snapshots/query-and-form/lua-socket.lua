local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/login?next=/home&lang=en",
  method = "POST",
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
