require "http/client"

headers = HTTP::Headers{
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}

body = "{\"name\": \"{{newName}}\", \"active\": true}"

response = HTTP::Client.patch("{{baseUrl}}/v1/users/{{userId}}", headers: headers, body: body)
puts response.body
