require "httparty"

url = "{{baseUrl}}/v1/users?limit=10&page=2"
headers = {
  "Accept" => "application/json",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
