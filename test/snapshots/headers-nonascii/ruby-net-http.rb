require "uri"
require "net/http"

url = URI("{{baseUrl}}/i18n")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-Name"] = "Zoë ✓ 😀"
request["X-Latin"] = "café"

response = http.request(request)
puts response.read_body
