require "uri"
require "net/http"

url = URI("{{baseUrl}}/tags")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-Tag"] = "alpha, beta, gamma"
request["Accept"] = "text/plain"

response = http.request(request)
puts response.read_body
