require "faraday"

url = "{{baseUrl}}/upload"

conn = Faraday.new

body = ""

response = conn.run_request(:post, url, body, nil)
puts response.body
