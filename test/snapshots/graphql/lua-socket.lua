local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/graphql",
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
