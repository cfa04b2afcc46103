require "http"

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

response = HTTP
  .request(:get, url)
puts response.body
