require "faraday"

url = "{{baseUrl}}/me"

conn = Faraday.new

headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
