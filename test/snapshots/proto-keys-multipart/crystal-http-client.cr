require "http/client"

headers = HTTP::Headers.new

io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field("__proto__", "f1")
form.field("constructor", "f2")
form.field("prototype", "f3")
form.field("toString", "f4")
form.finish
headers["Content-Type"] = form.content_type

response = HTTP::Client.post("{{baseUrl}}/objects", headers: headers, body: io.to_s)
puts response.body
