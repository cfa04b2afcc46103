require "httparty"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
