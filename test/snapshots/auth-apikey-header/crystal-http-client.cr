require "http/client"

headers = HTTP::Headers{
  "X-API-Key" => "k3y$\#{x}",
}

response = HTTP::Client.get("{{baseUrl}}/reports", headers: headers)
puts response.body
