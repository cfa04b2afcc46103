local http = require("socket.http")
local ltn12 = require("ltn12")

local body = ""

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/settings",
  method = "PUT",
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Keep"] = "yes",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
