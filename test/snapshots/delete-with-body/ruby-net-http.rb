require "uri"
require "net/http"

url = URI("{{baseUrl}}/items")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Delete.new(url)
request["Content-Type"] = "application/json"
request.body = "{\"ids\": [1, 2, 3]}"

response = http.request(request)
puts response.read_body
