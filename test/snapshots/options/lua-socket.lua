local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/cors",
  method = "OPTIONS",
  headers = {
    ["Origin"] = "https://app.example.com",
    ["Access-Control-Request-Method"] = "PUT",
  },
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
