require "uri"
require "net/http"

url = URI("{{baseUrl}}/jobs/42/run")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)

response = http.request(request)
puts response.read_body
