require "typhoeus"

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

request = Typhoeus::Request.new(
  url,
  method: :get,
)
response = request.run
puts response.body
