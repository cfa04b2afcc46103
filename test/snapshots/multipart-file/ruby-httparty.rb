require "httparty"

url = "{{baseUrl}}/upload"
body = {
  "description" => "A text file",
  "document" => File.open("upload.txt"),
  "after" => "file",
}

response = HTTParty.post(
  url,
  body: body,
  multipart: true,
)
puts response.body
