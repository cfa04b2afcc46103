require "uri"
require "net/http"

url = URI("{{baseUrl}}/me")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request.basic_auth("{{username}}", "{{password}}")

response = http.request(request)
puts response.read_body
