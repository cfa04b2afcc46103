require "uri"
require "net/http"

url = URI("{{baseUrl}}/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
form_data = [
  ["say %22hi%22", "one"],
  ["a\\b%22c%22", "two"],
  ["doc %22main%22", File.open("upload.txt"), { content_type: "text/plain" }],
  ["quoted file", File.open("q\"uote.txt"), { filename: "q%22uote.txt" }]
]
request.set_form(form_data, "multipart/form-data")

response = http.request(request)
puts response.read_body
