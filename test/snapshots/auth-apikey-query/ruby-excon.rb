require "excon"

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

connection = Excon.new(url)
response = connection.request(method: "GET")
puts response.body
