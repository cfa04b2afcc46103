require "base64"
require "faraday"

url = "{{baseUrl}}/pets"

conn = Faraday.new

headers = {
  "Content-Type" => "application/json",
  "Authorization" => "Basic " + Base64.strict_encode64("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}"),
}
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

response = conn.run_request(:post, url, body, headers)
puts response.body
