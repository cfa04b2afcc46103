require "httparty"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
body = ""

response = HTTParty.put(
  url,
  headers: headers,
  body: body,
)
puts response.body
