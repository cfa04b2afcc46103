local http = require("socket.http")
local ltn12 = require("ltn12")

local boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
local parts = {
  { name = "__proto__", content = "f1" },
  { name = "constructor", content = "f2" },
  { name = "prototype", content = "f3" },
  { name = "toString", content = "f4" },
}
local chunks = {}
for _, part in ipairs(parts) do
  local disposition = 'Content-Disposition: form-data; name="' .. part.name .. '"'
  if part.file_name then disposition = disposition .. '; filename="' .. part.file_name .. '"' end
  table.insert(chunks, "--" .. boundary .. "\r\n" .. disposition .. "\r\n")
  if part.content_type then table.insert(chunks, "Content-Type: " .. part.content_type .. "\r\n") end
  table.insert(chunks, "\r\n" .. part.content .. "\r\n")
end
table.insert(chunks, "--" .. boundary .. "--\r\n")
local body = table.concat(chunks)

local response = {}
local ok, code = http.request{
  url = "{{baseUrl}}/objects",
  method = "POST",
  headers = {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
