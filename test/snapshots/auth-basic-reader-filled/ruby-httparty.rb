require "httparty"

url = "{{baseUrl}}/me"

response = HTTParty.get(
  url,
  basic_auth: { username: "{{username}}", password: "{{password}}" },
)
puts response.body
