require "uri"
require "net/http"

url = URI("{{baseUrl}}/status")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Head.new(url)
request["X-Check"] = "yes"

response = http.request(request)
puts response.read_body
