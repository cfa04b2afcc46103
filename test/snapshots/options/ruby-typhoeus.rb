require "typhoeus"

url = "{{baseUrl}}/cors"
headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

request = Typhoeus::Request.new(
  url,
  method: :options,
  headers: headers,
)
response = request.run
puts response.body
