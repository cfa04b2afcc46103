require "http"

url = "{{baseUrl}}/v1/users?limit=10&page=2"
headers = {
  "Accept" => "application/json",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
