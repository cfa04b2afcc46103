require "http/client"

headers = HTTP::Headers.new

io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field("say %22hi%22", "one")
form.field("a\\b%22c%22", "two")
File.open("upload.txt") do |file|
  form.file("doc %22main%22", file, HTTP::FormData::FileMetadata.new(filename: "upload.txt"), HTTP::Headers{
    "Content-Type" => "text/plain",
  })
end
File.open("q\"uote.txt") do |file|
  form.file("quoted file", file, HTTP::FormData::FileMetadata.new(filename: "q%22uote.txt"))
end
form.finish
headers["Content-Type"] = form.content_type

response = HTTP::Client.post("{{baseUrl}}/upload", headers: headers, body: io.to_s)
puts response.body
