require "typhoeus"

url = "{{baseUrl}}/blobs/upload.txt"
headers = {
  "Content-Type" => "application/octet-stream",
}
body = File.binread("upload.txt")

request = Typhoeus::Request.new(
  url,
  method: :put,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
