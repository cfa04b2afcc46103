require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{\"query\": {\"match_all\": {}}}"

response = HTTP::Client.get("{{baseUrl}}/search", headers: headers, body: body)
puts response.body
