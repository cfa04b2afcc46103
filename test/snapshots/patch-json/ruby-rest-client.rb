require "rest-client"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/v1/users/{{userId}}".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "If-Match" => "W/\"etag-1\"",
  "X-Request-Id" => "{{requestId}}",
  "Content-Type" => "application/json",
}
payload = "{\"name\": \"{{newName}}\", \"active\": true}"

response = RestClient::Request.execute(
  method: :patch,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
