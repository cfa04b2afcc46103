local http = require("socket.http")
local ltn12 = require("ltn12")

local file = assert(io.open("upload.txt", "rb"))
local size = file:seek("end")
file:seek("set")

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/blobs/upload.txt",
  method = "PUT",
  headers = {
    ["Content-Type"] = "application/octet-stream",
    ["Content-Length"] = tostring(size),
  },
  source = ltn12.source.file(file),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
