require "faraday"

url = "{{baseUrl}}/search"

conn = Faraday.new

headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\": {\"match_all\": {}}}"

response = conn.run_request(:get, url, body, headers)
puts response.body
