require "excon"

url = "{{baseUrl}}/i18n"
headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
