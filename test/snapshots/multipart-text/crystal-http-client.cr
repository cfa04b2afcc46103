require "http/client"

headers = HTTP::Headers.new

io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field("title", "Hello")
form.field("bio", "line 1\nline 2\r\nline 3")
form.field("name", "Zoë 😀")
form.field("tag", "a")
form.field("tag", "b")
form.field("meta", "{\"k\":\"v\"}", HTTP::Headers{
  "Content-Type" => "application/json",
})
form.field("danger", "\"; $(id) \#{x} \\(y) '")
form.finish
headers["Content-Type"] = form.content_type

response = HTTP::Client.post("{{baseUrl}}/upload", headers: headers, body: io.to_s)
puts response.body
