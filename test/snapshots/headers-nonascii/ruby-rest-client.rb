require "rest-client"

url = "{{baseUrl}}/i18n"
headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
