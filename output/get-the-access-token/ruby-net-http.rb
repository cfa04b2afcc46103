require "uri"
require "net/http"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = URI("{{authPath}}/{{envID}}/as/token".gsub(/[{}]/, "{" => "%7B", "}" => "%7D"))

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["Content-Type"] = "application/x-www-form-urlencoded"
request.body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

response = http.request(request)
puts response.read_body
