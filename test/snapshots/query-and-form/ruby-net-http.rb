require "uri"
require "net/http"

url = URI("{{baseUrl}}/login?next=/home&lang=en")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["Content-Type"] = "application/x-www-form-urlencoded"
request.body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

response = http.request(request)
puts response.read_body
