require "uri"
require "net/http"

url = URI("{{baseUrl}}/v1/users?limit=10&page=2")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["Accept"] = "application/json"

response = http.request(request)
puts response.read_body
