require "base64"
require "faraday"

url = "{{baseUrl}}/me"

conn = Faraday.new

headers = {
  "Authorization" => "Basic " + Base64.strict_encode64("{{username}}" + ":" + "{{password}}"),
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
