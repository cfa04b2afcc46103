require "uri"
require "net/http"

url = URI("{{baseUrl}}/inv")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["X-Tab"] = "a\tb"
request["Content-Type"] = "text/plain"
request.body = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel"

response = http.request(request)
puts response.read_body
