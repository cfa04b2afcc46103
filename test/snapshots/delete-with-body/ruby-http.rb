require "http"

url = "{{baseUrl}}/items"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"ids\": [1, 2, 3]}"

response = HTTP
  .headers(headers)
  .request(:delete, url, body: body)
puts response.body
