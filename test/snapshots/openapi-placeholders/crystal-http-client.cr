require "http/client"

headers = HTTP::Headers{
  "X-API-Key" => "{{api_key}}",
  "Cookie" => "session={{session_id}}; api_key={{api_key}}",
  "X-Note" => "\"; rm -rf ~; \"",
  "Authorization" => "Bearer {{bearerAuth}}",
}

response = HTTP::Client.get("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10", headers: headers)
puts response.body
