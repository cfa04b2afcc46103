require "http"

url = "{{baseUrl}}/search"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\": {\"match_all\": {}}}"

response = HTTP
  .headers(headers)
  .request(:get, url, body: body)
puts response.body
