require "excon"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/v1/users/{{userId}}".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{newName}}\", \"active\": true}"

connection = Excon.new(url)
response = connection.request(method: "PATCH", headers: headers, body: body)
puts response.body
