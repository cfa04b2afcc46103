require "http/client"

headers = HTTP::Headers{
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

response = HTTP::Client.get("{{baseUrl}}/i18n", headers: headers)
puts response.body
