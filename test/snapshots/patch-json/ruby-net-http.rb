require "uri"
require "net/http"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = URI("{{baseUrl}}/v1/users/{{userId}}".gsub(/[{}]/, "{" => "%7B", "}" => "%7D"))

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Patch.new(url)
request["If-Match"] = "W/\"etag-1\""
request["X-Request-Id"] = "{{requestId}}"
request["Content-Type"] = "application/json"
request.body = "{\"name\": \"{{newName}}\", \"active\": true}"

response = http.request(request)
puts response.read_body
