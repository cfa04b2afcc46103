require "httparty"

url = "{{baseUrl}}/pets"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
  basic_auth: { username: "{{basicAuthUsername}}", password: "{{basicAuthPassword}}" },
)
puts response.body
