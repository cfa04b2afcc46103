require "uri"
require "net/http"

url = URI("{{baseUrl}}/pets")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["Content-Type"] = "application/json"
request.basic_auth("{{basicAuthUsername}}", "{{basicAuthPassword}}")
request.body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

response = http.request(request)
puts response.read_body
