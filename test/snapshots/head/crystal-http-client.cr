require "http/client"

headers = HTTP::Headers{
  "X-Check" => "yes",
}

response = HTTP::Client.head("{{baseUrl}}/status", headers: headers)
puts response.body
