require "faraday"

url = "{{baseUrl}}/tags"

conn = Faraday.new

headers = {
  "X-Tag" => "alpha, beta, gamma",
  "Accept" => "text/plain",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
