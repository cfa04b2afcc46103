local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "theme=dark%20mode&tag=a%26b&tag=c"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/settings",
  method = "PATCH",
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
