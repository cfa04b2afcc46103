local http = require("socket.http")
local ltn12 = require("ltn12")
local mime = require("mime")

local body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/pets",
  method = "POST",
  headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic " .. mime.b64("{{basicAuthUsername}}:{{basicAuthPassword}}"),
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
