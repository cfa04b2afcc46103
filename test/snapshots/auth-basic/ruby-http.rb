require "http"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
