require "typhoeus"

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"

request = Typhoeus::Request.new(
  url,
  method: :get,
)
response = request.run
puts response.body
