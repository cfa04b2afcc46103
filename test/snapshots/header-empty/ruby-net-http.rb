require "uri"
require "net/http"

url = URI("{{baseUrl}}/empty")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-Empty"] = ""
request["X-After"] = "set"

response = http.request(request)
puts response.read_body
