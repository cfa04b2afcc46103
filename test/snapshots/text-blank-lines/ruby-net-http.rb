require "uri"
require "net/http"

url = URI("{{baseUrl}}/notes")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["Content-Type"] = "text/plain"
request.body = <<'BODY'
	indented

  spaced  

BODY

response = http.request(request)
puts response.read_body
