require "uri"
require "net/http"

url = URI("{{baseUrl}}/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
form_data = [
  ["description", "A text file"],
  ["document", File.open("upload.txt"), { content_type: "text/plain" }],
  ["after", "file"]
]
request.set_form(form_data, "multipart/form-data")

response = http.request(request)
puts response.read_body
