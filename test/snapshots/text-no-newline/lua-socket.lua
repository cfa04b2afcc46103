local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/notes",
  method = "POST",
  headers = {
    ["Content-Type"] = "text/plain",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
