local http = require("socket.http")
local ltn12 = require("ltn12")

local body = ""

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/upload",
  method = "POST",
  headers = {
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
