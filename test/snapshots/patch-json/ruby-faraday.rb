require "faraday"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/v1/users/{{userId}}".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")

conn = Faraday.new

headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{newName}}\", \"active\": true}"

response = conn.run_request(:patch, url, body, headers)
puts response.body
