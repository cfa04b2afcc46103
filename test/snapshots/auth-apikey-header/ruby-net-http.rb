require "uri"
require "net/http"

url = URI("{{baseUrl}}/reports")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-API-Key"] = "k3y$\#{x}"

response = http.request(request)
puts response.read_body
