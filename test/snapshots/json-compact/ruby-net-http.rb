require "uri"
require "net/http"

url = URI("{{baseUrl}}/v1/config")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Put.new(url)
request["Content-Type"] = "application/json"
request.body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

response = http.request(request)
puts response.read_body
