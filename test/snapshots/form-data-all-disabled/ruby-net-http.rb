require "uri"
require "net/http"

url = URI("{{baseUrl}}/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request.body = ""

response = http.request(request)
puts response.read_body
