require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

uri = URI.parse("{{baseUrl}}/pets")
client = HTTP::Client.new(uri)
client.basic_auth("{{basicAuthUsername}}", "{{basicAuthPassword}}")
response = client.post(uri.request_target, headers: headers, body: body)
puts response.body
