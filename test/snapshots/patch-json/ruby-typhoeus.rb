require "typhoeus"

url = "{{baseUrl}}/v1/users/{{userId}}"
headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{newName}}\", \"active\": true}"

request = Typhoeus::Request.new(
  url,
  method: :patch,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
