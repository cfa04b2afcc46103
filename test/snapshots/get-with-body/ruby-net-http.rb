require "uri"
require "net/http"

url = URI("{{baseUrl}}/search")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["Content-Type"] = "application/json"
request.body = "{\"query\": {\"match_all\": {}}}"

response = http.request(request)
puts response.read_body
