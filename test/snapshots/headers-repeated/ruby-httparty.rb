require "httparty"

url = "{{baseUrl}}/tags"
headers = {
  "X-Tag" => "alpha, beta, gamma",
  "Accept" => "text/plain",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
