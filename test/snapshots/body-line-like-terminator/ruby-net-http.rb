require "uri"
require "net/http"

url = URI("{{baseUrl}}/notes")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["Content-Type"] = "text/plain"
request.body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

response = http.request(request)
puts response.read_body
