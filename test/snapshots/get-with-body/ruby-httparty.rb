require "httparty"

url = "{{baseUrl}}/search"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\": {\"match_all\": {}}}"

response = HTTParty.get(
  url,
  headers: headers,
  body: body,
)
puts response.body
