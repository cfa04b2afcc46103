require "uri"
require "net/http"

url = URI("{{baseUrl}}/settings")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Put.new(url)
request["Content-Type"] = "application/x-www-form-urlencoded"
request["X-Keep"] = "yes"
request.body = ""

response = http.request(request)
puts response.read_body
