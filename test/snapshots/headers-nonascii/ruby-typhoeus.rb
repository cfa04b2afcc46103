require "typhoeus"

url = "{{baseUrl}}/i18n"
headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
