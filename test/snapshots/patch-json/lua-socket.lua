local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "{\"name\": \"{{newName}}\", \"active\": true}"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/v1/users/{{userId}}",
  method = "PATCH",
  headers = {
    ["If-Match"] = "W/\"etag-1\"",
    ["X-Request-Id"] = "{{requestId}}",
    ["Content-Type"] = "application/json",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
