require "uri"
require "net/http"

url = URI("{{baseUrl}}/settings")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Patch.new(url)
request["Content-Type"] = "application/x-www-form-urlencoded"
request.body = "theme=dark%20mode&tag=a%26b&tag=c"

response = http.request(request)
puts response.read_body
