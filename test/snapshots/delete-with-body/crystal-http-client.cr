require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{\"ids\": [1, 2, 3]}"

response = HTTP::Client.delete("{{baseUrl}}/items", headers: headers, body: body)
puts response.body
