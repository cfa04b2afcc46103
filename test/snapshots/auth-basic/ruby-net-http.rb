require "uri"
require "net/http"

url = URI("{{baseUrl}}/me")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["Authorization"] = "Basic YW5uOnBAc3M6d8O2cmQ="

response = http.request(request)
puts response.read_body
