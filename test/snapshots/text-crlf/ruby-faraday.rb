require "faraday"

url = "{{baseUrl}}/notes"

conn = Faraday.new

headers = {
  "Content-Type" => "text/plain",
}
body = "line one\r\nline two\r\n"

response = conn.run_request(:post, url, body, headers)
puts response.body
