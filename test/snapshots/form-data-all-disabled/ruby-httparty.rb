require "httparty"

url = "{{baseUrl}}/upload"
body = ""

response = HTTParty.post(
  url,
  body: body,
)
puts response.body
