local http = require("socket.http")
local ltn12 = require("ltn12")

local body = [[
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s]]

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s",
  method = "POST",
  headers = {
    ["X-H"] = "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    ["Content-Type"] = "text/plain",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
