require "http"

url = "{{baseUrl}}/me"

response = HTTP
  .basic_auth(user: "{{username}}", pass: "{{password}}")
  .request(:get, url)
puts response.body
