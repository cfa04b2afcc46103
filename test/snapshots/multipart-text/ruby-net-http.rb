require "uri"
require "net/http"

url = URI("{{baseUrl}}/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
form_data = [
  ["title", "Hello"],
  ["bio", "line 1\nline 2\r\nline 3"],
  ["name", "Zoë 😀"],
  ["tag", "a"],
  ["tag", "b"],
  ["meta", "{\"k\":\"v\"}"],
  ["danger", "\"; $(id) \#{x} \\(y) '"]
]
request.set_form(form_data, "multipart/form-data")

response = http.request(request)
puts response.read_body
