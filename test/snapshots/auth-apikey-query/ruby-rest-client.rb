require "rest-client"

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

response = RestClient::Request.execute(
  method: :get,
  url: url,
)
puts response.body
