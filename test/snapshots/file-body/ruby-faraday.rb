require "faraday"

url = "{{baseUrl}}/blobs/upload.txt"

conn = Faraday.new

headers = {
  "Content-Type" => "application/octet-stream",
}
body = File.binread("upload.txt")

response = conn.run_request(:put, url, body, headers)
puts response.body
