require "httparty"

url = "{{baseUrl}}/i18n"
headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

response = HTTParty.get(
  url,
  headers: headers,
)
puts response.body
