require "http"

url = "{{baseUrl}}/reports"
headers = {
  "X-API-Key" => "k3y$\#{x}",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
