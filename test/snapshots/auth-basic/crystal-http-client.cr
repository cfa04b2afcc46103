require "http/client"

headers = HTTP::Headers{
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = HTTP::Client.get("{{baseUrl}}/me", headers: headers)
puts response.body
