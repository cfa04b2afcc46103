local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/v1/users?limit=10&page=2",
  headers = {
    ["Accept"] = "application/json",
  },
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
