local http = require("socket.http")
local ltn12 = require("ltn12")

local body = [[
{
  "customer": "Zoë",
  "escaped": "caf\u00e9 \"quoted\" \\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\(z) `w`",
  "empty": {},
  "nothing": null
}
]]

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/v1/orders",
  method = "POST",
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
