require "httparty"

url = "{{baseUrl}}/reports"
headers = {
  "X-API-Key" => "k3y$\#{x}",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
