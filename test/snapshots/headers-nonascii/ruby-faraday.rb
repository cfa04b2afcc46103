require "faraday"

url = "{{baseUrl}}/i18n"

conn = Faraday.new

headers = {
  "X-Name" => "Zoë ✓ 😀",
  "X-Latin" => "café",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
