require "httparty"

url = "{{baseUrl}}/cors"
headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

response = HTTParty.options(
  url,
  headers: headers,
)
puts response.body
