require "faraday"

url = "{{baseUrl}}/status"

conn = Faraday.new

headers = {
  "X-Check" => "yes",
}

response = conn.run_request(:head, url, nil, headers)
puts response.body
