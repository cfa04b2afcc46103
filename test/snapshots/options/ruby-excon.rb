require "excon"

url = "{{baseUrl}}/cors"
headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

connection = Excon.new(url)
response = connection.request(method: "OPTIONS", headers: headers)
puts response.body
