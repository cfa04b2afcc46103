require "typhoeus"

url = "{{baseUrl}}/upload"
body = ""

request = Typhoeus::Request.new(
  url,
  method: :post,
  body: body,
)
response = request.run
puts response.body
