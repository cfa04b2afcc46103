local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/jobs/42/run",
  method = "POST",
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
