require "httparty"

url = "{{baseUrl}}/status"
headers = {
  "X-Check" => "yes",
}

response = HTTParty.head(
  url,
  headers: headers,
)
puts response.body
