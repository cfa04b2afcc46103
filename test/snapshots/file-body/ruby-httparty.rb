require "httparty"

url = "{{baseUrl}}/blobs/upload.txt"
headers = {
  "Content-Type" => "application/octet-stream",
}
body = File.binread("upload.txt")

response = HTTParty.put(
  url,
  headers: headers,
  body: body,
)
puts response.body
