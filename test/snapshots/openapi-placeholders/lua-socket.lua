local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10",
  headers = {
    ["X-API-Key"] = "{{api_key}}",
    ["Cookie"] = "session={{session_id}}; api_key={{api_key}}",
    ["X-Note"] = "\"; rm -rf ~; \"",
    ["Authorization"] = "Bearer {{bearerAuth}}",
  },
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
