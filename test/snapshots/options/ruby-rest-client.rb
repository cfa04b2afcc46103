require "rest-client"

url = "{{baseUrl}}/cors"
headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

response = RestClient::Request.execute(
  method: :options,
  url: url,
  headers: headers,
)
puts response.body
