require "http"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
