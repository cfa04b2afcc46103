require "faraday"

url = "{{baseUrl}}/settings"

conn = Faraday.new

headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
body = ""

response = conn.run_request(:put, url, body, headers)
puts response.body
