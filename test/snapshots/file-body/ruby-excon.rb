require "excon"

url = "{{baseUrl}}/blobs/upload.txt"
headers = {
  "Content-Type" => "application/octet-stream",
}
body = File.binread("upload.txt")

connection = Excon.new(url)
response = connection.request(method: "PUT", headers: headers, body: body)
puts response.body
