require "http"

url = "{{baseUrl}}/status"
headers = {
  "X-Check" => "yes",
}

response = HTTP
  .headers(headers)
  .request(:head, url)
puts response.body
