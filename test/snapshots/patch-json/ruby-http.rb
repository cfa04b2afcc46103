require "http"

url = "{{baseUrl}}/v1/users/{{userId}}"
headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{newName}}\", \"active\": true}"

response = HTTP
  .headers(headers)
  .request(:patch, url, body: body)
puts response.body
