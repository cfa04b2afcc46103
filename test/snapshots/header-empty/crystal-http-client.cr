require "http/client"

headers = HTTP::Headers{
  "X-Empty" => "",
  "X-After" => "set",
}

response = HTTP::Client.get("{{baseUrl}}/empty", headers: headers)
puts response.body
