require "http"

url = "{{baseUrl}}/blobs/upload.txt"
headers = {
  "Content-Type" => "application/octet-stream",
}
body = File.binread("upload.txt")

response = HTTP
  .headers(headers)
  .request(:put, url, body: body)
puts response.body
