require "uri"
require "net/http"

url = URI("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["__proto__"] = "h1"
request["constructor"] = "h2"
request["prototype"] = "h3"
request["toString"] = "h4"
request["Content-Type"] = "application/x-www-form-urlencoded"
request.body = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"

response = http.request(request)
puts response.read_body
