require "http/client"

body = ""

response = HTTP::Client.post("{{baseUrl}}/upload", body: body)
puts response.body
