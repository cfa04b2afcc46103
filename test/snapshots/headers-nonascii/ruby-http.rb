require "http"

url = "{{baseUrl}}/i18n"
headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
