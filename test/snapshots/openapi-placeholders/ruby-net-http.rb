require "uri"
require "net/http"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = URI("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10".gsub(/[{}]/, "{" => "%7B", "}" => "%7D"))

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-API-Key"] = "{{api_key}}"
request["Cookie"] = "session={{session_id}}; api_key={{api_key}}"
request["X-Note"] = "\"; rm -rf ~; \""
request["Authorization"] = "Bearer {{bearerAuth}}"

response = http.request(request)
puts response.read_body
