local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/",
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
