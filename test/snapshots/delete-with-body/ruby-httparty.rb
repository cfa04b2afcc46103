require "httparty"

url = "{{baseUrl}}/items"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"ids\": [1, 2, 3]}"

response = HTTParty.delete(
  url,
  headers: headers,
  body: body,
)
puts response.body
