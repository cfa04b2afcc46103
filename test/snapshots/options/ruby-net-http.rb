require "uri"
require "net/http"

url = URI("{{baseUrl}}/cors")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Options.new(url)
request["Origin"] = "https://app.example.com"
request["Access-Control-Request-Method"] = "PUT"

response = http.request(request)
puts response.read_body
