require "rest-client"

url = "{{baseUrl}}/me"

response = RestClient::Request.execute(
  method: :get,
  url: url,
  user: "{{username}}",
  password: "{{password}}",
)
puts response.body
