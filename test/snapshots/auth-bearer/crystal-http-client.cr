require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = HTTP::Client.get("{{baseUrl}}/me", headers: headers)
puts response.body
