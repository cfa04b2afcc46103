require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}

body = ""

response = HTTP::Client.put("{{baseUrl}}/settings", headers: headers, body: body)
puts response.body
