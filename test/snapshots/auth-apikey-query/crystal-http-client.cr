require "http/client"

response = HTTP::Client.get("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
puts response.body
