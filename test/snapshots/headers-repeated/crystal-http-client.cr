require "http/client"

headers = HTTP::Headers{
  "X-Tag" => ["alpha", "beta", "gamma"],
  "Accept" => "text/plain",
}

response = HTTP::Client.get("{{baseUrl}}/tags", headers: headers)
puts response.body
