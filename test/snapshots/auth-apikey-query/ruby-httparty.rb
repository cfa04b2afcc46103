require "httparty"

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

response = HTTParty.get(
  url,
)
puts response.body
