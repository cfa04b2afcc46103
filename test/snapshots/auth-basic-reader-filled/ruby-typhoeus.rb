require "typhoeus"

url = "{{baseUrl}}/me"

request = Typhoeus::Request.new(
  url,
  method: :get,
  userpwd: "{{username}}" + ":" + "{{password}}",
)
response = request.run
puts response.body
