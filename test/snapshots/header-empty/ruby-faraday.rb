require "faraday"

url = "{{baseUrl}}/empty"

conn = Faraday.new

headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
