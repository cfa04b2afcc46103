require "http"

url = "{{baseUrl}}/empty"
headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
