local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4",
  method = "POST",
  headers = {
    ["__proto__"] = "h1",
    ["constructor"] = "h2",
    ["prototype"] = "h3",
    ["toString"] = "h4",
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
