require "http"

url = "{{baseUrl}}/cors"
headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

response = HTTP
  .headers(headers)
  .request(:options, url)
puts response.body
