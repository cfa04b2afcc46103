require "excon"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "X-API-Key" => "{{api_key}}",
  "Cookie" => "session={{session_id}}; api_key={{api_key}}",
  "X-Note" => "\"; rm -rf ~; \"",
  "Authorization" => "Bearer {{bearerAuth}}",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
