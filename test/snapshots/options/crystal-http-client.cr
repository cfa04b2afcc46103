require "http/client"

headers = HTTP::Headers{
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

response = HTTP::Client.options("{{baseUrl}}/cors", headers: headers)
puts response.body
