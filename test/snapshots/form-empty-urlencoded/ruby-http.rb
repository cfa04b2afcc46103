require "http"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
body = ""

response = HTTP
  .headers(headers)
  .request(:put, url, body: body)
puts response.body
