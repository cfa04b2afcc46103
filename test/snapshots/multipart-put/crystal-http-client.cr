require "http/client"

headers = HTTP::Headers{
  "X-Request-Id" => "42",
}

io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field("name", "Ada")
form.field("tag", "a")
form.field("tag", "b")
File.open("upload.txt") do |file|
  form.file("avatar", file, HTTP::FormData::FileMetadata.new(filename: "upload.txt"), HTTP::Headers{
    "Content-Type" => "text/plain",
  })
end
form.finish
headers["Content-Type"] = form.content_type

response = HTTP::Client.put("{{baseUrl}}/profile", headers: headers, body: io.to_s)
puts response.body
