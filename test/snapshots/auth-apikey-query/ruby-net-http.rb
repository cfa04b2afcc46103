require "uri"
require "net/http"

url = URI("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)

response = http.request(request)
puts response.read_body
