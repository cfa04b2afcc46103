local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "{\"query\": {\"match_all\": {}}}"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/search",
  headers = {
    ["Content-Type"] = "application/json",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
