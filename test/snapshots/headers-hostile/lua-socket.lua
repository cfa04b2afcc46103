local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/echo",
  headers = {
    ["X-Shell"] = "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    ["X-Quotes"] = "'single' \"double\" `back` \\back\\slash\\",
    ["X-Interp"] = "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}",
    ["X-Comment"] = "*/ /* // # -- <!-- ?>",
  },
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
