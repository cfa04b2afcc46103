require "uri"
require "net/http"

url = URI("{{baseUrl}}/objects")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
form_data = [
  ["__proto__", "f1"],
  ["constructor", "f2"],
  ["prototype", "f3"],
  ["toString", "f4"]
]
request.set_form(form_data, "multipart/form-data")

response = http.request(request)
puts response.read_body
