require "rest-client"

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"

response = RestClient::Request.execute(
  method: :get,
  url: url,
)
puts response.body
