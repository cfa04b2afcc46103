require "httparty"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
