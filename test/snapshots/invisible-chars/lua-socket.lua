local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\x01\x1F\x7Fdel\u{85}nel"

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/inv",
  method = "POST",
  headers = {
    ["X-Tab"] = "a\tb",
    ["Content-Type"] = "text/plain",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
