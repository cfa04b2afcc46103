require "faraday"

url = "{{baseUrl}}/cors"

conn = Faraday.new

headers = {
  "Origin" => "https://app.example.com",
  "Access-Control-Request-Method" => "PUT",
}

response = conn.run_request(:options, url, nil, headers)
puts response.body
