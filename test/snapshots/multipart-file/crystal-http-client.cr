require "http/client"

headers = HTTP::Headers.new

io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field("description", "A text file")
File.open("upload.txt") do |file|
  form.file("document", file, HTTP::FormData::FileMetadata.new(filename: "upload.txt"), HTTP::Headers{
    "Content-Type" => "text/plain",
  })
end
form.field("after", "file")
form.finish
headers["Content-Type"] = form.content_type

response = HTTP::Client.post("{{baseUrl}}/upload", headers: headers, body: io.to_s)
puts response.body
