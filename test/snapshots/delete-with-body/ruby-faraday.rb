require "faraday"

url = "{{baseUrl}}/items"

conn = Faraday.new

headers = {
  "Content-Type" => "application/json",
}
body = "{\"ids\": [1, 2, 3]}"

response = conn.run_request(:delete, url, body, headers)
puts response.body
