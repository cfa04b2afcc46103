require "uri"
require "net/http"

url = URI("{{baseUrl}}/profile")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Put.new(url)
request["X-Request-Id"] = "42"
form_data = [
  ["name", "Ada"],
  ["tag", "a"],
  ["tag", "b"],
  ["avatar", File.open("upload.txt"), { content_type: "text/plain" }]
]
request.set_form(form_data, "multipart/form-data")

response = http.request(request)
puts response.read_body
