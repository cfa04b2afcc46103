require "uri"
require "net/http"

url = URI("{{baseUrl}}/blobs/upload.txt")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Put.new(url)
request["Content-Type"] = "application/octet-stream"
request.body = File.binread("upload.txt")

response = http.request(request)
puts response.read_body
