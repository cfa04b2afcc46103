local http = require("socket.http")
local ltn12 = require("ltn12")

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local content = file:read("a")
  file:close()
  return content
end

local boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
local parts = {
  { name = "name", content = "Ada" },
  { name = "tag", content = "a" },
  { name = "tag", content = "b" },
  { name = "avatar", file_name = "upload.txt", content_type = "text/plain", content = read_file("upload.txt") },
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
  url = "{{baseUrl}}/profile",
  method = "PUT",
  headers = {
    ["X-Request-Id"] = "42",
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
}
assert(ok, code)
print(code)
print(table.concat(response))
