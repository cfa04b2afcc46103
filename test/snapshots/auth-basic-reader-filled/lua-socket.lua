local http = require("socket.http")
local ltn12 = require("ltn12")
local mime = require("mime")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/me",
  headers = {
    ["Authorization"] = "Basic " .. mime.b64("{{username}}:{{password}}"),
  },
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
