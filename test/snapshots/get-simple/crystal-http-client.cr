require "http/client"

headers = HTTP::Headers{
  "Accept" => "application/json",
}

response = HTTP::Client.get("{{baseUrl}}/v1/users?limit=10&page=2", headers: headers)
puts response.body
