require "http"

url = "{{baseUrl}}/upload"
body = ""

response = HTTP
  .request(:post, url, body: body)
puts response.body
