require "httparty"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/v1/users/{{userId}}".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{newName}}\", \"active\": true}"

response = HTTParty.patch(
  url,
  headers: headers,
  body: body,
)
puts response.body
