require "faraday"

url = "{{baseUrl}}/reports"

conn = Faraday.new

headers = {
  "X-API-Key" => "k3y$\#{x}",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
