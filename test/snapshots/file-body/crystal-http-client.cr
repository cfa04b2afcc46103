require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/octet-stream",
}

body = File.read("upload.txt")

response = HTTP::Client.put("{{baseUrl}}/blobs/upload.txt", headers: headers, body: body)
puts response.body
