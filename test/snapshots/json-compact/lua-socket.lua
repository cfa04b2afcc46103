local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/v1/config",
  method = "PUT",
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
