require "httparty"

url = "{{baseUrl}}/empty"
headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
