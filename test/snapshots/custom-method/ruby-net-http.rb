require "uri"
require "net/http"

url = URI("{{baseUrl}}/cache/key")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTPGenericRequest.new("PURGE", false, true, url)

response = http.request(request)
puts response.read_body
