require "http/client"

uri = URI.parse("{{baseUrl}}/me")
client = HTTP::Client.new(uri)
client.basic_auth("{{username}}", "{{password}}")
response = client.get(uri.request_target)
puts response.body
